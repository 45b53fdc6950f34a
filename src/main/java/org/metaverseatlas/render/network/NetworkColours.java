package org.metaverseatlas.render.network;

import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.render.Rgb;

import java.util.EnumMap;
import java.util.Map;

/**
 * One colour per organization type (a qualitative set distinct enough to tell nine apart), grey where the type is
 * not given, and the tones of the drawing on a light or a dark background.
 */
public record NetworkColours(Rgb background, Rgb text, Rgb halo, Rgb edge, Rgb nodeOutline, Rgb accent,
                             Rgb legendBackground) {
    private static final Map<OrganizationType, Rgb> TYPES = new EnumMap<>(OrganizationType.class);
    private static final Rgb UNKNOWN = Rgb.of(0xBAB0AC);

    static {
        TYPES.put(OrganizationType.GOVERNMENT, Rgb.of(0x4E79A7));
        TYPES.put(OrganizationType.ENTERPRISE, Rgb.of(0xF28E2B));
        TYPES.put(OrganizationType.UNIVERSITY, Rgb.of(0x59A14F));
        TYPES.put(OrganizationType.ASSOCIATION, Rgb.of(0xB07AA1));
        TYPES.put(OrganizationType.COMMITTEE, Rgb.of(0xE15759));
        TYPES.put(OrganizationType.ALLIANCE, Rgb.of(0xFF9DA7));
        TYPES.put(OrganizationType.RESEARCH_CENTRE, Rgb.of(0x76B7B2));
        TYPES.put(OrganizationType.FUND, Rgb.of(0xEDC948));
        TYPES.put(OrganizationType.DEVELOPMENT_ZONE, Rgb.of(0x9C755F));
    }

    public static final NetworkColours LIGHT = new NetworkColours(Rgb.of(0xFFFFFF), Rgb.of(0x1F2328),
            Rgb.of(0xFFFFFF).withAlpha(0.8), Rgb.of(0x57606A), Rgb.of(0xFFFFFF), Rgb.of(0x0969DA),
            Rgb.of(0xFFFFFF).withAlpha(0.92));
    public static final NetworkColours DARK = new NetworkColours(Rgb.of(0x0D1117), Rgb.of(0xE6EDF3),
            Rgb.of(0x0D1117).withAlpha(0.8), Rgb.of(0x8B949E), Rgb.of(0x0D1117), Rgb.of(0x4493F8),
            Rgb.of(0x161B22).withAlpha(0.92));

    public static Rgb type(OrganizationType type) {
        return type == null ? UNKNOWN : TYPES.get(type);
    }
}
