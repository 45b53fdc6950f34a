package org.metaverseatlas.render.timeline;

import org.metaverseatlas.model.City;
import org.metaverseatlas.model.EventDate;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Origin;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.ParticipantRole;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.model.Place;
import org.metaverseatlas.model.Province;
import org.metaverseatlas.render.Painter;
import org.metaverseatlas.render.Rgb;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small initiatives and a painter that records what is drawn, for the timeline's plain tests. */
final class TimelineSamples {
    static final Province ZHEJIANG = new Province("CN.02", "Zhejiang", "浙江");
    static final Province GUIZHOU = new Province("CN.18", "Guizhou", "贵州");
    static final City HANGZHOU = new City("Hangzhou|CN.02", "Hangzhou", "杭州", ZHEJIANG, 30, 120);
    static final City GUIYANG = new City("Guiyang|CN.18", "Guiyang", "贵阳", GUIZHOU, 26, 106);

    private TimelineSamples() {
    }

    static Initiative initiative(String id, Place place, EventDate date, InitiativeKind kind, OrganizationType... types) {
        List<Participation> participants = new ArrayList<>();
        for (OrganizationType t : types) {
            participants.add(new Participation("org-" + id + "-" + t, "Org " + t, null, t, ParticipantRole.ORGANIZER));
        }
        return Initiative.of(id, "Initiative " + id, kind, date, place, participants, List.of(), "", List.of(), false,
                Origin.BUNDLED);
    }

    static Initiative day(String id, Place place, LocalDate day) {
        return initiative(id, place, EventDate.day(day), InitiativeKind.MEETING);
    }

    /** A painter that measures text at 6 pixels a character and counts what it draws. */
    static final class RecordingPainter implements Painter {
        final List<String> texts = new ArrayList<>();
        final List<Double> textXs = new ArrayList<>();
        final List<Rgb> ovalFills = new ArrayList<>();
        final List<double[]> lines = new ArrayList<>();
        int ovals;
        int rects;
        private Rgb fill = Rgb.BLACK;

        @Override public void setFill(Rgb colour) { fill = colour; }
        @Override public void setStroke(Rgb colour) { }
        @Override public void setLineWidth(double width) { }
        @Override public void setLineDashes(double... dashes) { }
        @Override public void fillRect(double x, double y, double width, double height) { rects++; }
        @Override public void strokeRect(double x, double y, double width, double height) { }
        @Override public void strokeLine(double x1, double y1, double x2, double y2) {
            lines.add(new double[]{x1, y1, x2, y2});
        }
        @Override public void fillOval(double x, double y, double width, double height) {
            ovals++;
            ovalFills.add(fill);
        }
        @Override public void strokeOval(double x, double y, double width, double height) { }
        @Override public void beginPath() { }
        @Override public void moveTo(double x, double y) { }
        @Override public void lineTo(double x, double y) { }
        @Override public void closePath() { }
        @Override public void fillPath() { }
        @Override public void strokePath() { }
        @Override public void fillAndStrokePath() { }
        @Override public void text(String text, double x, double y, double size, Align align, boolean bold) {
            texts.add(text);
            textXs.add(x);
        }
        @Override public double textWidth(String text, double size, boolean bold) { return text.length() * 6; }
        @Override public void save() { }
        @Override public void restore() { }
        @Override public void clipRect(double x, double y, double width, double height) { }
    }
}
