package org.metaverseatlas.store;

import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.City;
import org.metaverseatlas.model.Claim;
import org.metaverseatlas.model.DatePrecision;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Gazetteer;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.ParticipantRole;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.PersonRole;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.model.Scope;
import org.metaverseatlas.model.Source;
import org.metaverseatlas.store.json.DatasetFile;
import org.metaverseatlas.store.json.DatasetFile.InitiativeJson;
import org.metaverseatlas.store.json.DatasetFile.OrganizationJson;
import org.metaverseatlas.store.json.DatasetFile.PersonJson;
import org.metaverseatlas.store.json.DatasetFile.PlaceJson;
import org.metaverseatlas.store.json.DatasetFile.SourceJson;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a dataset file record by record and turns it into model records. Cities and provinces must be in the
 * gazetteer; every organization, person and source a record names must be defined in the file or already known.
 * All problems are collected, so a user sees every one at once.
 */
public final class DatasetResolver {
    private final Gazetteer gazetteer;
    private final KnownRecords known;
    private final Map<String, Source> knownSources;
    private final Origin origin;
    private final List<String> problems = new ArrayList<>();
    /** Ids already in the store or earlier in the file: reported after the problems of the records themselves. */
    private final List<String> repeatedIds = new ArrayList<>();

    private final Map<String, Source> sources = new HashMap<>();
    private final Map<String, Organization> organizations = new HashMap<>();
    private final Map<String, PersonJson> people = new HashMap<>();

    /**
     * @param known        what the store already holds, which the file may refer to (empty for the bundled data)
     * @param knownSources sources the store already holds, by id
     */
    public DatasetResolver(Gazetteer gazetteer, Catalog known, Map<String, Source> knownSources, Origin origin) {
        this(gazetteer, KnownRecords.of(known, knownSources), origin);
    }

    DatasetResolver(Gazetteer gazetteer, KnownRecords known, Origin origin) {
        this.gazetteer = gazetteer;
        this.known = known;
        this.knownSources = known.sources();
        this.origin = origin;
    }

    public ResolvedDataset resolve(String fileName, DatasetFile file) throws DatasetException {
        return resolve(fileName, file, RecordLines.NONE);
    }

    /** As {@link #resolve(String, DatasetFile)}, each problem of a record led by the line it starts on, where known. */
    public ResolvedDataset resolve(String fileName, DatasetFile file, RecordLines lines) throws DatasetException {
        if (!DatasetFile.FORMAT.equals(file.format())) {
            throw new DatasetException(fileName, "field 'format': expected \"" + DatasetFile.FORMAT + "\", found "
                    + (file.format() == null ? "nothing" : "\"" + file.format() + "\""));
        }
        List<Source> sourceList = new ArrayList<>();
        for (SourceJson s : file.sources()) {
            String line = lines.source(s.id());
            Source source = source(line, s);
            if (source != null && unique(line + "source", s.id(), sources.containsKey(s.id()), knownSources.containsKey(s.id()))) {
                sources.put(s.id(), source);
                sourceList.add(source);
            }
        }
        for (PersonJson p : file.people()) {
            if (require("person", p.id(), "id", p.id()) && require("person", p.id(), "name", p.name())
                    && personFits(p) && unique("person", p.id(), people.containsKey(p.id()), knownPerson(p.id()) != null)) {
                people.put(p.id(), p);
            }
        }
        List<Organization> organizationList = new ArrayList<>();
        for (OrganizationJson o : file.organizations()) {
            Organization organization = organization(o);
            if (organization != null && unique("organization", o.id(),
                    organizations.containsKey(o.id()), known.organizations().containsKey(o.id()))) {
                organizations.put(o.id(), organization);
                organizationList.add(organization);
            }
        }
        List<PersonRole> personRoles = new ArrayList<>();
        for (PersonJson p : people.values()) {
            for (DatasetFile.PersonRoleJson r : p.roles()) {
                String where = "person '" + p.id() + "'";
                if (require(where, "roles.role", r.role()) && fits(where, "roles.role", r.role(), FieldLimits.ROLE)
                        && organizationKnown(where, "roles.organization", r.organization())) {
                    personRoles.add(new PersonRole(p.id(), p.name(), p.nameZh(), p.title(), r.role(), r.organization(),
                            sourceRef(where, "roles.source", r.source())));
                }
            }
        }
        List<Initiative> initiativeList = new ArrayList<>(file.initiatives().size());
        Set<String> initiativeIds = new HashSet<>();
        int index = 0;
        for (InitiativeJson i : file.initiatives()) {
            String line = lines.initiative(index);
            index++;
            if (i.id() == null || i.id().isBlank()) {
                problems.add(line + "initiative #" + index + ": field 'id' is missing");
                continue;
            }
            if (!unique(line + "initiative", i.id(), !initiativeIds.add(i.id()), known.initiativeIds().contains(i.id()))) {
                continue;
            }
            Initiative initiative = initiative(line + "initiative '" + i.id() + "'", i, Boolean.TRUE.equals(file.synthetic()));
            if (initiative != null) {
                initiativeList.add(initiative);
            }
        }
        if (!problems.isEmpty() || !repeatedIds.isEmpty()) {
            // What is wrong with the records first; ids met before (a file imported again) after them.
            List<String> all = new ArrayList<>(problems);
            all.addAll(repeatedIds);
            throw new DatasetException(fileName, all);
        }
        return new ResolvedDataset(file.datasetVersion(), sourceList, organizationList, personRoles, initiativeList);
    }

    private Source source(String line, SourceJson s) {
        String where = line + "source '" + s.id() + "'";
        if (!require(line + "source", s.id(), "id", s.id()) || !require(where, "title", s.title())) {
            return null;
        }
        if (!fits(where, "id", s.id(), FieldLimits.ID) | !fits(where, "title", s.title(), FieldLimits.SOURCE_TITLE)
                | !fits(where, "publisher", s.publisher(), FieldLimits.PUBLISHER) | !fits(where, "url", s.url(), FieldLimits.URL)
                | !fits(where, "language", s.language(), FieldLimits.LANGUAGE)) {
            return null;
        }
        LocalDate published = s.published() == null ? null : date(where, "published", s.published());
        return new Source(s.id(), s.title(), s.publisher(), published, s.url(), s.language());
    }

    private Organization organization(OrganizationJson o) {
        String where = "organization '" + o.id() + "'";
        if (!require("organization", o.id(), "id", o.id()) || !require(where, "name", o.name())) {
            return null;
        }
        if (!fits(where, "id", o.id(), FieldLimits.ID) | !fits(where, "name", o.name(), FieldLimits.ORGANIZATION_NAME)
                | !fits(where, "nameZh", o.nameZh(), FieldLimits.ORGANIZATION_NAME)
                | !fits(where, "description", o.description(), FieldLimits.DESCRIPTION)) {
            return null;
        }
        OrganizationType type = o.type() == null ? null : enumValue(where, "type", OrganizationType.class, o.type());
        Province province = o.province() == null ? null : province(where, "province", o.province());
        City city = o.city() == null ? null : city(where, "city", o.city(), "province", o.province(), province);
        List<Claim> claims = new ArrayList<>();
        for (DatasetFile.ClaimJson c : o.claims()) {
            if (require(where, "claims.text", c.text()) && fits(where, "claims.text", c.text(), FieldLimits.CLAIM)) {
                claims.add(new Claim(c.text(), sourceRef(where, "claims.source", c.source())));
            }
        }
        List<Source> refs = sourceRefs(where, o.sources());
        return new Organization(o.id(), o.name(), o.nameZh(), type, city, province, o.description(), claims, refs, origin);
    }

    private Initiative initiative(String where, InitiativeJson i, boolean fileSynthetic) {
        int before = problems.size();
        require(where, "title", i.title());
        fits(where, "id", i.id(), FieldLimits.ID);
        fits(where, "title", i.title(), FieldLimits.TITLE);
        fits(where, "titleZh", i.titleZh(), FieldLimits.TITLE);
        fits(where, "summary", i.summary(), FieldLimits.SUMMARY);
        InitiativeKind kind = enumValue(where, "kind", InitiativeKind.class, i.kind());
        DatePrecision precision = enumValue(where, "precision", DatePrecision.class, i.precision());
        EventDate date = precision == null ? null : eventDate(where, i, precision);
        Place place = place(where, i.place());
        List<Participation> participants = new ArrayList<>();
        for (DatasetFile.ParticipantJson p : i.participants()) {
            ParticipantRole role = enumValue(where, "participants.role", ParticipantRole.class, p.role());
            if (organizationKnown(where, "participants.organization", p.organization()) && role != null) {
                Organization org = organization(p.organization());
                participants.add(new Participation(org.id(), org.name(), org.nameZh(), org.type(), role));
            }
        }
        List<Source> refs = sourceRefs(where, i.sources());
        List<PersonRole> named = new ArrayList<>();
        for (DatasetFile.InitiativePersonJson p : i.people()) {
            PersonRole person = knownPerson(p.person());
            PersonJson local = people.get(p.person());
            if (person == null && local == null) {
                problems.add(where + ": field 'people.person': no person '" + p.person() + "' is defined");
            } else if (require(where, "people.role", p.role()) && fits(where, "people.role", p.role(), FieldLimits.ROLE)) {
                named.add(local != null
                        ? new PersonRole(local.id(), local.name(), local.nameZh(), local.title(), p.role(), null, refs.isEmpty() ? null : refs.get(0))
                        : new PersonRole(person.personId(), person.name(), person.nameZh(), person.title(), p.role(), null, refs.isEmpty() ? null : refs.get(0)));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        boolean synthetic = fileSynthetic || Boolean.TRUE.equals(i.synthetic());
        return new Initiative(i.id(), i.title(), i.titleZh(), kind, date, place, participants, named, i.summary(),
                refs, synthetic, Boolean.TRUE.equals(i.announced()), origin, null);
    }

    private EventDate eventDate(String where, InitiativeJson i, DatePrecision precision) {
        if (i.start() == null) {
            problems.add(where + ": field 'start' is missing");
            return null;
        }
        if (precision != DatePrecision.RANGE && i.end() != null) {
            // Only a range has an end; dropping one silently would lose what the file says.
            problems.add(where + ": field 'end' is only for precision RANGE (this record's precision is "
                    + precision + ")");
            return null;
        }
        try {
            EventDate date = parsedDate(where, i, precision);
            if (date == null) {
                return null;
            }
            boolean startPlausible = plausible(where, "start", date.start());
            boolean endPlausible = precision != DatePrecision.RANGE || plausible(where, "end", date.end());
            return startPlausible && endPlausible ? date : null;
        } catch (DateTimeParseException e) {
            problems.add(where + ": field 'start'/'end': \"" + e.getParsedString() + "\" is not a valid date"
                    + (precision == DatePrecision.MONTH ? " (expected YYYY-MM)" : " (expected YYYY-MM-DD)"));
            return null;
        }
    }

    private EventDate parsedDate(String where, InitiativeJson i, DatePrecision precision) {
        switch (precision) {
            case MONTH:
                return EventDate.month(YearMonth.parse(i.start().length() > 7 ? i.start().substring(0, 7) : i.start()));
            case RANGE: {
                LocalDate start = LocalDate.parse(i.start());
                if (i.end() == null) {
                    problems.add(where + ": field 'end' is required when precision is RANGE");
                    return null;
                }
                LocalDate end = LocalDate.parse(i.end());
                if (end.isBefore(start)) {
                    problems.add(where + ": field 'end': " + end + " is before the start " + start);
                    return null;
                }
                return EventDate.range(start, end);
            }
            case REPORTED_BY:
                return EventDate.reportedBy(LocalDate.parse(i.start()));
            default:
                return EventDate.day(LocalDate.parse(i.start()));
        }
    }

    /** A date outside the years the atlas covers is a mistake (a typed 0202 for 2020), not an early initiative. */
    private boolean plausible(String where, String field, LocalDate date) {
        if (FieldLimits.plausible(date)) {
            return true;
        }
        problems.add(where + ": field '" + field + "': " + date + " is outside the years " + FieldLimits.FIRST_YEAR
                + " to " + FieldLimits.LAST_YEAR);
        return false;
    }

    private boolean personFits(PersonJson p) {
        String where = "person '" + p.id() + "'";
        return fits(where, "id", p.id(), FieldLimits.ID) & fits(where, "name", p.name(), FieldLimits.PERSON_NAME)
                & fits(where, "nameZh", p.nameZh(), FieldLimits.PERSON_NAME_ZH)
                & fits(where, "title", p.title(), FieldLimits.PERSON_TITLE);
    }

    /** Whether a text fits its column; if not, a problem naming the field, its length and the limit. */
    private boolean fits(String where, String field, String value, int limit) {
        if (value == null || value.length() <= limit) {
            return true;
        }
        problems.add(String.format(Locale.ROOT, "%s: field '%s' is %,d characters long; at most %,d fit", where, field,
                value.length(), limit));
        return false;
    }

    private Place place(String where, PlaceJson p) {
        if (p == null) {
            problems.add(where + ": field 'place' is missing (use scope UNKNOWN where the sources give no place)");
            return null;
        }
        int before = problems.size();
        fits(where, "place.district", p.district(), FieldLimits.DISTRICT);
        fits(where, "place.venue", p.venue(), FieldLimits.VENUE);
        Province province = p.province() == null ? null : province(where, "place.province", p.province());
        City city = p.city() == null ? null : city(where, "place.city", p.city(), "place.province", p.province(), province);
        // The scope a record leaves out follows from what it gives, found in the gazetteer or not: a city not
        // found is one problem, not also a missing scope.
        Scope scope = p.scope() == null
                ? (p.city() != null ? Scope.CITY : p.province() != null ? Scope.PROVINCE : null)
                : enumValue(where, "place.scope", Scope.class, p.scope());
        if (scope == null) {
            if (p.scope() == null) {
                problems.add(where + ": field 'place.scope' is missing (CITY, PROVINCE, NATIONAL or UNKNOWN)");
            }
            return null;
        }
        if (scope == Scope.CITY && p.city() == null) {
            problems.add(where + ": field 'place.city' is required when scope is CITY");
        } else if (scope == Scope.PROVINCE && (p.province() == null || p.city() != null)) {
            problems.add(where + ": field 'place.province' is required, and 'place.city' must be empty, when scope is PROVINCE");
        } else if ((scope == Scope.NATIONAL || scope == Scope.UNKNOWN) && (p.city() != null || p.province() != null)) {
            problems.add(where + ": fields 'place.city' and 'place.province' must be empty when scope is " + scope);
        }
        if (p.district() != null && p.city() == null) {
            problems.add(where + ": field 'place.district' needs a city");
        }
        if (problems.size() > before) {
            return null;
        }
        String districtZh = gazetteer.districtZh(p.district()).orElse(null);
        return new Place(p.district(), districtZh, city, province != null ? province : city == null ? null : city.province(),
                scope, p.venue());
    }

    private Province province(String where, String field, String name) {
        Province province = gazetteer.province(name).orElse(null);
        if (province == null) {
            problems.add(where + ": field '" + field + "': unknown province '" + name + "'");
        }
        return province;
    }

    /**
     * The city a record names. Without a province, a name that several provinces have (Suzhou 苏州 in Jiangsu, Suzhou
     * 宿州 in Anhui) is a problem naming each of them: placing it in the first would be a silent guess.
     *
     * @param provinceText the province as the record gives it: an unknown one is reported on its own
     */
    private City city(String where, String field, String name, String provinceField, String provinceText,
                      Province province) {
        if (provinceText == null) {
            List<City> namesakes = gazetteer.namesakesByProvince(name);
            if (namesakes.size() > 1) {
                List<String> places = new ArrayList<>();
                for (City c : namesakes) {
                    places.add(c.nameEn() + (c.nameZh() == null ? "" : " " + c.nameZh()) + ", " + c.province().nameEn());
                }
                problems.add(where + ": field '" + field + "': '" + name + "' is in more than one province ("
                        + String.join("; ", places) + "): give '" + provinceField + "'");
                return null;
            }
        } else if (province == null) {
            return null; // the unknown province is the problem; any city by that name would be a guess
        }
        City city = gazetteer.city(name, province).orElse(null);
        if (city == null) {
            List<String> close = gazetteer.suggestCities(name, 3);
            boolean elsewhere = province != null && !gazetteer.cities(name).isEmpty();
            problems.add(where + ": field '" + field + "': unknown city '" + name + "'"
                    + (elsewhere ? " in " + province.nameEn() : "")
                    + (close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)"));
        }
        return city;
    }

    private Organization organization(String id) {
        Organization local = organizations.get(id);
        return local != null ? local : known.organizations().get(id);
    }

    private boolean organizationKnown(String where, String field, String id) {
        if (id == null || organization(id) == null) {
            problems.add(where + ": field '" + field + "': no organization '" + id + "' is defined");
            return false;
        }
        return true;
    }

    private PersonRole knownPerson(String id) {
        return id == null ? null : known.people().get(id);
    }

    private List<Source> sourceRefs(String where, List<String> ids) {
        if (ids.isEmpty()) {
            problems.add(where + ": field 'sources': every record must name at least one source");
        }
        List<Source> refs = new ArrayList<>();
        for (String id : ids) {
            Source source = sourceRef(where, "sources", id);
            if (source != null) {
                refs.add(source);
            }
        }
        return refs;
    }

    private Source sourceRef(String where, String field, String id) {
        Source source = id == null ? null : sources.getOrDefault(id, knownSources.get(id));
        if (source == null) {
            problems.add(where + ": field '" + field + "': no source '" + id + "' is defined");
        }
        return source;
    }

    private <E extends Enum<E>> E enumValue(String where, String field, Class<E> type, String value) {
        if (value == null) {
            problems.add(where + ": field '" + field + "' is missing");
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            problems.add(where + ": field '" + field + "': \"" + value + "\" is not one of " + String.join(", ", allowed));
            return null;
        }
    }

    private LocalDate date(String where, String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(where + ": field '" + field + "': \"" + text + "\" is not a date (expected YYYY-MM-DD)");
            return null;
        }
    }

    private boolean require(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(where + ": field '" + field + "' is missing");
            return false;
        }
        return true;
    }

    private boolean require(String kind, String id, String field, String value) {
        return require(kind + " '" + id + "'", field, value);
    }

    private boolean unique(String kind, String id, boolean earlierInFile, boolean inStore) {
        if (earlierInFile || inStore) {
            repeatedIds.add(kind + " '" + id + "': field 'id': this id is already "
                    + (inStore ? "in the store" : "used earlier in the file"));
        }
        return !earlierInFile && !inStore;
    }
}
