package org.metaverseatlas.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * A metaverse initiative: a committee founded, an alliance launched, a seminar held, a centre opened, a plan
 * announced. {@code titleZh} is its Chinese name where a source gives one. {@code announced} marks a plan for a
 * later period or a future event its sources announce, whose date may lie after their publication.
 * {@code searchText} is the lower-cased text that free-text filters look in.
 */
public record Initiative(String id, String title, String titleZh, InitiativeKind kind, EventDate date, Place place,
                         List<Participation> participants, List<PersonRole> people, String summary,
                         List<Source> sources, boolean synthetic, boolean announced, Origin origin,
                         String searchText) {
    public Initiative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        participants = List.copyOf(participants);
        people = List.copyOf(people);
        sources = List.copyOf(sources);
        Objects.requireNonNull(origin, "origin");
        if (searchText == null) {
            searchText = searchTextOf(title, titleZh, summary, place, participants, people);
        }
    }

    /** Creates an initiative with no Chinese title and not announced ahead, and derives its search text. */
    public static Initiative of(String id, String title, InitiativeKind kind, EventDate date, Place place,
                                List<Participation> participants, List<PersonRole> people, String summary,
                                List<Source> sources, boolean synthetic, Origin origin) {
        return new Initiative(id, title, null, kind, date, place, participants, people, summary, sources, synthetic,
                false, origin, null);
    }

    private static String searchTextOf(String title, String titleZh, String summary, Place place,
                                       List<Participation> participants, List<PersonRole> people) {
        // Written out rather than streamed: every initiative of an import or a catalog read makes one.
        StringJoiner text = new StringJoiner("\n");
        append(text, title);
        append(text, titleZh);
        append(text, summary);
        append(text, place.district());
        append(text, place.districtZh());
        append(text, place.venue());
        append(text, place.city() == null ? null : place.city().nameEn());
        append(text, place.city() == null ? null : place.city().nameZh());
        append(text, place.province() == null ? null : place.province().nameEn());
        append(text, place.province() == null ? null : place.province().nameZh());
        for (Participation p : participants) {
            append(text, p.organizationName());
            append(text, p.organizationNameZh());
        }
        for (PersonRole p : people) {
            append(text, p.name());
            append(text, p.nameZh());
        }
        return text.toString();
    }

    /** Adds a part of the search text, lower case, where there is one. */
    private static void append(StringJoiner text, String part) {
        if (part != null) {
            text.add(part.toLowerCase(Locale.ROOT));
        }
    }

    /** The organization names, in the order the record lists them. */
    public List<String> organizationNames() {
        return participants.stream().map(Participation::organizationName).toList();
    }
}
