package org.metaverseatlas.cli;

/** Arguments that name something unknown or malformed; exits with {@link ExitCode#USAGE}. */
public class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
