package org.metaverseatlas.render;

import org.metaverseatlas.model.InitiativeKind;

import java.util.EnumMap;
import java.util.Map;

/**
 * The visual encoding shared by timeline, map, legends and PDF: one colour per initiative kind (a qualitative,
 * colour-blind-aware set), plus neutral tones for axes, text, land and water.
 */
public final class Palette {
    private static final Map<InitiativeKind, Rgb> KINDS = new EnumMap<>(InitiativeKind.class);

    static {
        KINDS.put(InitiativeKind.COMMITTEE, Rgb.of(0x4477AA));
        KINDS.put(InitiativeKind.ALLIANCE, Rgb.of(0xEE6677));
        KINDS.put(InitiativeKind.RESEARCH_CENTRE, Rgb.of(0x228833));
        KINDS.put(InitiativeKind.MEETING, Rgb.of(0xCCBB44));
        KINDS.put(InitiativeKind.CONFERENCE, Rgb.of(0x66CCEE));
        KINDS.put(InitiativeKind.FESTIVAL, Rgb.of(0xAA3377));
        KINDS.put(InitiativeKind.LAUNCH, Rgb.of(0xEE7733));
        KINDS.put(InitiativeKind.PLAN, Rgb.of(0x888888));
    }

    public static final Rgb TEXT = Rgb.of(0x1F2328);
    public static final Rgb TEXT_MUTED = Rgb.of(0x656D76);
    public static final Rgb GRID = Rgb.of(0xD0D7DE);
    public static final Rgb BACKGROUND = Rgb.of(0xFFFFFF);
    public static final Rgb LANE_ALTERNATE = Rgb.of(0xF6F8FA);
    public static final Rgb SELECTION = Rgb.of(0x0969DA);
    public static final Rgb HIGHLIGHT = Rgb.of(0xBF8700);
    public static final Rgb WATER = Rgb.of(0xEAF2FA);
    public static final Rgb LAND = Rgb.of(0xF3F1EC);
    public static final Rgb LAND_CONTEXT = Rgb.of(0xE4E2DD);
    public static final Rgb BORDER = Rgb.of(0xA8A59E);

    private Palette() {
    }

    public static Rgb kind(InitiativeKind kind) {
        return KINDS.get(kind);
    }
}
