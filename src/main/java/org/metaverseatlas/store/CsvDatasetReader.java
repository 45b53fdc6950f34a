package org.metaverseatlas.store;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.metaverseatlas.store.json.DatasetFile;
import org.metaverseatlas.store.json.DatasetFile.InitiativeJson;
import org.metaverseatlas.store.json.DatasetFile.OrganizationJson;
import org.metaverseatlas.store.json.DatasetFile.ParticipantJson;
import org.metaverseatlas.store.json.DatasetFile.PlaceJson;
import org.metaverseatlas.store.json.DatasetFile.SourceJson;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads initiatives from CSV (UTF-8, a header row, one initiative a row). Columns, in any order:
 * {@code id, title, kind, start, end, precision, district, city, province, scope, venue, organizations, summary,
 * source_title, source_publisher, source_published, source_url}, and optionally {@code title_zh} and
 * {@code source_language}. {@code organizations} lists
 * {@code Name|ROLE} pairs separated by {@code ;} (a name that starts with {@code org-} refers to an organization
 * already in the store by id). Empty cells are empty fields.
 */
public final class CsvDatasetReader {
    static final List<String> COLUMNS = List.of("id", "title", "kind", "start", "end", "precision", "district",
            "city", "province", "scope", "venue", "organizations", "summary", "source_title", "source_publisher",
            "source_published", "source_url", "title_zh", "source_language");
    private static final Set<String> REQUIRED = Set.of("id", "title", "kind", "start", "precision", "source_title");

    private CsvDatasetReader() {
    }

    /** The parser's complaint with its line, without the parser's own idea of where it read from. */
    private static String explain(Throwable e) {
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
            com.fasterxml.jackson.core.JsonLocation at = j.getLocation();
            return (at == null || at.getLineNr() < 1 ? "" : "line " + at.getLineNr() + ": ")
                    + DatasetReader.withoutSource(j.getOriginalMessage());
        }
        String message = String.valueOf(e.getMessage());
        int source = message.indexOf("\n at [Source");
        return source < 0 ? message : message.substring(0, source);
    }

    /** The file's records, with the line each row starts on (a quoted cell may run over several lines). */
    public static DatasetReader.Located read(Path file) throws DatasetException {
        String name = file.toString();
        try {
            if (Files.readString(file, StandardCharsets.UTF_8).isBlank()) {
                throw new DatasetException(name, "the file is empty: a CSV file starts with a header line ("
                        + String.join(",", COLUMNS) + ")");
            }
        } catch (IOException e) {
            throw new DatasetException(name, "cannot be read: " + e.getMessage());
        }
        CsvMapper mapper = new CsvMapper();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<InitiativeJson> initiatives = new ArrayList<>();
        Map<String, OrganizationJson> organizations = new LinkedHashMap<>();
        Map<String, SourceJson> sources = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> sourceLines = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerFor(Map.class).with(schema).readValues(reader)) {
            List<String> header = ((CsvSchema) rows.getParser().getSchema()).getColumnNames();
            for (String column : REQUIRED) {
                if (!header.contains(column)) {
                    throw new DatasetException(name, "line 1: the header has no column '" + column + "' (columns: "
                            + String.join(",", COLUMNS) + ")");
                }
            }
            for (String column : header) {
                if (!COLUMNS.contains(column)) {
                    problems.add("line 1: unknown column '" + column + "'");
                }
            }
            // A row starts where the one before it ended: the parser's own token location points back onto the
            // previous line, and a quoted cell can hold line breaks, so counting rows would drift.
            int next = 2;
            while (rows.hasNextValue()) {
                int line = next;
                Map<String, String> row = rows.nextValue();
                next = rows.getCurrentLocation().getLineNr();
                InitiativeJson initiative = initiative(row, line, organizations, sources, problems);
                initiatives.add(initiative);
                lines.add(line);
                initiative.sources().forEach(id -> sourceLines.putIfAbsent(id, line));
            }
        } catch (RuntimeJsonMappingException e) {
            throw new DatasetException(name, "not valid CSV: " + explain(e.getCause() != null ? e.getCause() : e));
        } catch (IOException e) {
            throw new DatasetException(name, "not valid CSV: " + explain(e));
        }
        if (!problems.isEmpty()) {
            throw new DatasetException(name, problems);
        }
        return new DatasetReader.Located(new DatasetFile(DatasetFile.FORMAT, null, "Imported from " + file.getFileName(),
                false, new ArrayList<>(sources.values()), new ArrayList<>(organizations.values()), List.of(), initiatives),
                new RecordLines(lines, sourceLines));
    }

    private static InitiativeJson initiative(Map<String, String> row, int line, Map<String, OrganizationJson> organizations,
                                             Map<String, SourceJson> sources, List<String> problems) {
        String sourceTitle = cell(row, "source_title");
        String sourceKey = sourceTitle + "\u0000" + cell(row, "source_publisher") + "\u0000" + cell(row, "source_published");
        String sourceId = null;
        if (sourceTitle != null) {
            sourceId = sources.computeIfAbsent(sourceKey, k -> new SourceJson(
                    "src-csv-" + Integer.toHexString(k.hashCode()), sourceTitle, cell(row, "source_publisher"),
                    cell(row, "source_published"), cell(row, "source_url"), cell(row, "source_language"))).id();
        }
        List<ParticipantJson> participants = new ArrayList<>();
        String orgs = cell(row, "organizations");
        if (orgs != null) {
            for (String entry : orgs.split(";")) {
                String[] parts = entry.split("\\|");
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    problems.add("line " + line + ": field 'organizations': \"" + entry.strip()
                            + "\" is not Name|ROLE");
                    continue;
                }
                String orgName = parts[0].strip();
                String orgId = orgName.startsWith("org-") ? orgName : "org-csv-" + slug(orgName);
                if (!orgName.startsWith("org-") && sourceId != null) {
                    String firstSource = sourceId;
                    organizations.computeIfAbsent(orgId, id -> new OrganizationJson(id, orgName, null, null, null, null,
                            null, List.of(), List.of(firstSource)));
                }
                participants.add(new ParticipantJson(orgId, parts[1].strip()));
            }
        }
        PlaceJson place = new PlaceJson(cell(row, "district"), cell(row, "city"), cell(row, "province"),
                cell(row, "scope"), cell(row, "venue"));
        return new InitiativeJson(cell(row, "id"), cell(row, "title"), cell(row, "title_zh"), cell(row, "kind"),
                cell(row, "start"), cell(row, "end"), cell(row, "precision"), place, participants, List.of(),
                cell(row, "summary"), sourceId == null ? List.of() : List.of(sourceId), null, null);
    }

    private static String cell(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? Integer.toHexString(name.hashCode()) : slug;
    }
}
