package org.metaverseatlas.model;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** User-visible names of the model's values, from the {@code labels} resource bundle; shared by screen and PDF. */
public final class Labels {
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.metaverseatlas.model.labels");

    private Labels() {
    }

    public static String text(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : MessageFormat.format(pattern, arguments);
    }

    public static String kind(InitiativeKind kind) {
        return text("kind." + kind.name());
    }

    public static String kindShort(InitiativeKind kind) {
        return text("kindShort." + kind.name());
    }

    /** The type's name, or "unknown" where the sources do not say. */
    public static String organizationType(OrganizationType type) {
        return type == null ? text("unknown") : text("orgType." + type.name());
    }

    public static String role(ParticipantRole role) {
        return text("role." + role.name());
    }

    public static String precision(DatePrecision precision) {
        return text("precision." + precision.name());
    }

    public static String scope(Scope scope) {
        return text("scope." + scope.name());
    }

    public static String unknown() {
        return text("unknown");
    }

    /**
     * The lane or place name of an initiative's place: the city ("Guangzhou"), a province-wide scope
     * ("Zhejiang (province-wide)"), "National" or "Place unknown".
     */
    public static String placeName(Place place) {
        return switch (place.scope()) {
            case CITY -> place.city().nameEn();
            case PROVINCE -> text("provinceWide", place.province().nameEn());
            case NATIONAL -> text("national");
            case UNKNOWN -> text("placeUnknown");
        };
    }

    /** The full place in words: district, city, province, with Chinese names where known. */
    public static String placeInFull(Place place) {
        StringBuilder text = new StringBuilder();
        if (place.district() != null) {
            text.append(place.district());
            if (place.districtZh() != null) {
                text.append(' ').append(place.districtZh());
            }
            text.append(", ");
        }
        switch (place.scope()) {
            case CITY -> text.append(place.city().displayName()).append(", ").append(place.province().displayName());
            case PROVINCE -> text.append(text("provinceWide", place.province().displayName()));
            case NATIONAL -> text.append(text("national"));
            case UNKNOWN -> text.append(text("placeUnknown"));
        }
        return text.toString();
    }
}
