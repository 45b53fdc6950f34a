package org.metaverseatlas.cli;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.Source;

import java.util.List;

/** The JSON shape {@code list --format json} prints for one initiative. */
public record InitiativeJsonView(String id, String title, String kind, String start, String end, String precision,
                                 String titleZh, String district, String city, String cityZh, String province,
                                 String provinceZh, String scope, String venue, List<String> organizations,
                                 List<ParticipantView> participants, List<String> people, String summary,
                                 List<SourceView> sources, boolean synthetic) {

    public record ParticipantView(String name, String role) {
    }

    /** A source as a reader needs it to check the record: where it was published, when, and its address. */
    public record SourceView(String title, String publisher, String published, String url, String language) {
        static SourceView of(Source s) {
            return new SourceView(s.title(), s.publisher(), s.published() == null ? null : s.published().toString(),
                    s.url(), s.language());
        }
    }

    public static InitiativeJsonView of(Initiative i) {
        var place = i.place();
        return new InitiativeJsonView(i.id(), i.title(), i.kind().name(), i.date().isoStart(), i.date().isoEnd(),
                i.date().precision().name(), i.titleZh(), place.district(),
                place.city() == null ? null : place.city().nameEn(),
                place.city() == null ? null : place.city().nameZh(),
                place.province() == null ? null : place.province().nameEn(),
                place.province() == null ? null : place.province().nameZh(),
                place.scope().name(), place.venue(), i.organizationNames(),
                i.participants().stream().map(p -> new ParticipantView(p.organizationName(), p.role().name())).toList(),
                i.people().stream().map(p -> p.displayName() + " (" + p.role() + ")").toList(),
                i.summary(), i.sources().stream().map(SourceView::of).toList(), i.synthetic());
    }
}
