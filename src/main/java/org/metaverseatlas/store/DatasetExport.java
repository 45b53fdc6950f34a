package org.metaverseatlas.store;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.metaverseatlas.io.AtomicFile;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.Claim;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.store.json.DatasetFile;
import org.metaverseatlas.store.json.DatasetFile.ClaimJson;
import org.metaverseatlas.store.json.DatasetFile.InitiativeJson;
import org.metaverseatlas.store.json.DatasetFile.InitiativePersonJson;
import org.metaverseatlas.store.json.DatasetFile.OrganizationJson;
import org.metaverseatlas.store.json.DatasetFile.ParticipantJson;
import org.metaverseatlas.store.json.DatasetFile.PersonJson;
import org.metaverseatlas.store.json.DatasetFile.PersonRoleJson;
import org.metaverseatlas.store.json.DatasetFile.PlaceJson;
import org.metaverseatlas.store.json.DatasetFile.SourceJson;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Initiatives written out in the import's own layouts, so that an export can be imported again: the dataset JSON,
 * complete with every organization, person and source the initiatives name, or the CSV layout, one initiative per
 * row with its first source (the layout holds one) and its organizations by name.
 */
public final class DatasetExport {
    /** The CSV layout's columns, in the order they are written. */
    public static final List<String> CSV_COLUMNS = List.of("id", "title", "title_zh", "kind", "start", "end",
            "precision", "district", "city", "province", "scope", "venue", "organizations", "summary", "source_title",
            "source_publisher", "source_published", "source_url", "source_language");

    public enum Format {
        JSON, CSV;

        /** The format a file name asks for: CSV for {@code .csv}, JSON otherwise. */
        public static Format of(Path file) {
            return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : JSON;
        }
    }

    private DatasetExport() {
    }

    /** Writes the initiatives to {@code target} whole or not at all. */
    public static void write(Catalog catalog, List<Initiative> initiatives, Format format, Path target)
            throws IOException {
        Path absolute = target.toAbsolutePath();
        java.nio.file.Files.createDirectories(absolute.getParent());
        AtomicFile.write(absolute, out -> write(catalog, initiatives, format, out));
    }

    public static void write(Catalog catalog, List<Initiative> initiatives, Format format, OutputStream out)
            throws IOException {
        if (format == Format.CSV) {
            writeCsv(initiatives, new OutputStreamWriter(out, StandardCharsets.UTF_8));
        } else {
            DatasetReader.JSON.writerWithDefaultPrettyPrinter().writeValue(out, dataset(catalog, initiatives));
        }
    }

    /** The initiatives as a dataset file that names everything they refer to. */
    public static DatasetFile dataset(Catalog catalog, List<Initiative> initiatives) {
        Map<String, Source> sources = new LinkedHashMap<>();
        Set<String> organizationIds = new LinkedHashSet<>();
        Map<String, PersonRole> named = new LinkedHashMap<>();
        for (Initiative i : initiatives) {
            i.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
            i.participants().forEach(p -> organizationIds.add(p.organizationId()));
            i.people().forEach(p -> named.putIfAbsent(p.personId(), p));
        }
        List<OrganizationJson> organizations = new ArrayList<>();
        for (String id : organizationIds) {
            catalog.organization(id).ifPresent(o -> {
                o.sources().forEach(s -> sources.putIfAbsent(s.id(), s));
                o.claims().forEach(c -> sources.putIfAbsent(c.source().id(), c.source()));
                organizations.add(organization(o));
            });
        }
        Map<String, List<PersonRole>> roles = new LinkedHashMap<>();
        named.keySet().forEach(id -> roles.put(id, new ArrayList<>()));
        for (PersonRole role : catalog.people()) {
            if (named.containsKey(role.personId()) && organizationIds.contains(role.organizationId())) {
                roles.get(role.personId()).add(role);
                if (role.source() != null) {
                    sources.putIfAbsent(role.source().id(), role.source());
                }
            }
        }
        for (Initiative i : initiatives) {
            i.people().forEach(p -> {
                if (p.source() != null) {
                    sources.putIfAbsent(p.source().id(), p.source());
                }
            });
        }
        List<PersonJson> people = named.values().stream().map(p -> person(p, roles.get(p.personId()))).toList();
        List<InitiativeJson> records = initiatives.stream().map(DatasetExport::initiative).toList();
        return new DatasetFile(DatasetFile.FORMAT, null,
                "Initiatives exported from Metaverse Atlas, with the organizations, people and sources they name.",
                initiatives.stream().allMatch(Initiative::synthetic) && !initiatives.isEmpty() ? Boolean.TRUE : null,
                sources.values().stream().map(DatasetExport::source).toList(), organizations, people, records);
    }

    private static SourceJson source(Source s) {
        return new SourceJson(s.id(), s.title(), s.publisher(), s.published() == null ? null : s.published().toString(),
                s.url(), s.language());
    }

    private static OrganizationJson organization(Organization o) {
        return new OrganizationJson(o.id(), o.name(), o.nameZh(), o.type() == null ? null : o.type().name(),
                o.city() == null ? null : o.city().nameEn(), o.province() == null ? null : o.province().nameEn(),
                o.description(), o.claims().stream().map(DatasetExport::claim).toList(),
                o.sources().stream().map(Source::id).toList());
    }

    private static ClaimJson claim(Claim c) {
        return new ClaimJson(c.text(), c.source().id());
    }

    private static PersonJson person(PersonRole who, List<PersonRole> roles) {
        return new PersonJson(who.personId(), who.name(), who.nameZh(), who.title(), roles.stream()
                .map(r -> new PersonRoleJson(r.role(), r.organizationId(), r.source() == null ? null : r.source().id()))
                .toList());
    }

    private static InitiativeJson initiative(Initiative i) {
        Place p = i.place();
        return new InitiativeJson(i.id(), i.title(), i.titleZh(), i.kind().name(), i.date().isoStart(),
                i.date().isoEnd(), i.date().precision().name(),
                new PlaceJson(p.district(), p.city() == null ? null : p.city().nameEn(),
                        p.province() == null ? null : p.province().nameEn(), p.scope().name(), p.venue()),
                i.participants().stream().map(x -> new ParticipantJson(x.organizationId(), x.role().name())).toList(),
                i.people().stream().map(x -> new InitiativePersonJson(x.personId(), x.role())).toList(),
                i.summary(), i.sources().stream().map(Source::id).toList(), i.synthetic() ? Boolean.TRUE : null,
                i.announced() ? Boolean.TRUE : null);
    }

    private static void writeCsv(List<Initiative> initiatives, Writer writer) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        CSV_COLUMNS.forEach(schema::addColumn);
        try (SequenceWriter rows = new CsvMapper().writerFor(List.class).with(schema.build()).writeValues(writer)) {
            for (Initiative i : initiatives) {
                rows.write(csvRow(i));
            }
        }
    }

    private static List<String> csvRow(Initiative i) {
        Place p = i.place();
        Source s = i.sources().isEmpty() ? null : i.sources().get(0);
        String organizations = i.participants().stream()
                .map(DatasetExport::csvParticipant)
                .collect(Collectors.joining(";"));
        List<String> row = new ArrayList<>(List.of(i.id(), i.title(), text(i.titleZh()), i.kind().name(),
                i.date().isoStart(), text(i.date().isoEnd()), i.date().precision().name(), text(p.district()),
                p.city() == null ? "" : p.city().nameEn(), p.province() == null ? "" : p.province().nameEn(),
                p.scope().name(), text(p.venue()), organizations, text(i.summary())));
        row.addAll(s == null ? List.of("", "", "", "", "") : List.of(s.title(), text(s.publisher()),
                s.published() == null ? "" : s.published().toString(), text(s.url()), text(s.language())));
        return row;
    }

    /** {@code Name|ROLE}; a name that holds the layout's separators is given by id instead. */
    private static String csvParticipant(Participation p) {
        String name = p.organizationName();
        boolean plain = name != null && !name.startsWith("org-") && name.indexOf('|') < 0 && name.indexOf(';') < 0;
        return (plain ? name : p.organizationId()) + "|" + p.role().name();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
