package org.metaverseatlas.store;

import java.util.List;

/**
 * A dataset file that cannot be used as it is. Each problem names the file, the record (by id, or by line for
 * CSV) and the field, so the user can find and mend it.
 */
public class DatasetException extends Exception {
    private final List<String> problems;

    public DatasetException(String file, List<String> problems) {
        super(describe(file, problems));
        this.problems = List.copyOf(problems);
    }

    public DatasetException(String file, String problem) {
        this(file, List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    private static String describe(String file, List<String> problems) {
        StringBuilder text = new StringBuilder(file).append(": ")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems");
        problems.stream().limit(20).forEach(p -> text.append(System.lineSeparator()).append("  ").append(p));
        if (problems.size() > 20) {
            text.append(System.lineSeparator()).append("  … and ").append(problems.size() - 20).append(" more");
        }
        return text.toString();
    }
}
