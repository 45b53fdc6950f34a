package org.metaverseatlas.render.map;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MapRendererTest {
    private final MapRenderer renderer = MapTestData.renderer();

    @Test
    void paintWritesProvinceNamesInEnglishAndChinese() {
        RecordingPainter painter = new RecordingPainter();
        renderer.paint(painter, MapTestData.bundled().initiatives(), MapFrame.fitChina(), 1000, 800);
        assertThat(painter.texts).contains("Sichuan", "四川", "Xinjiang", "新疆", "Guiyang", "贵阳");
    }

    @Test
    void paintSaysWhatIsNotOnTheMap() {
        RecordingPainter painter = new RecordingPainter();
        renderer.paint(painter, MapTestData.bundled().initiatives(), MapFrame.fitChina(), 1000, 800);
        PlaceTally tally = renderer.tally(MapTestData.bundled().initiatives());
        assertThat(tally.national()).isEqualTo(1);
        assertThat(tally.unknown()).isPositive();
        assertThat(painter.texts).contains("Not on the map: 1 national, " + tally.unknown() + " place unknown");
    }

    @Test
    void paintDrawsLandAndLegendWithoutInitiatives() {
        RecordingPainter painter = new RecordingPainter();
        renderer.paint(painter, List.of(), MapFrame.fitChina(), 600, 400);
        assertThat(painter.paths).isGreaterThan(31);
        assertThat(painter.texts).contains("Initiatives (current filter)")
                .noneMatch(t -> t.startsWith("Not on the map"));
    }

    @Test
    void theTallyIsKeptForTheSameList() {
        var list = MapTestData.bundled().initiatives();
        assertThat(renderer.tally(list)).isSameAs(renderer.tally(list));
        assertThat(renderer.tally(List.copyOf(new java.util.ArrayList<>(list)))).isNotSameAs(renderer.tally(list));
    }

    @Test
    void theTallyOfTheKeptListSurvivesOtherDrawings() {
        var all = MapTestData.bundled().initiatives();
        var some = List.copyOf(all.subList(0, 5));
        var other = List.copyOf(all.subList(5, 9));
        renderer.keepTallyOf(all);
        PlaceTally ofAll = renderer.tally(all);
        PlaceTally ofSome = renderer.tally(some);
        renderer.tally(other);
        assertThat(renderer.tally(all)).isSameAs(ofAll);
        assertThat(renderer.tally(some)).isNotSameAs(ofSome);
        assertThat(ofSome.cityTotal() + ofSome.provinceTotal() + ofSome.national() + ofSome.unknown()).isEqualTo(5);

        renderer.keepTallyOf(some);
        assertThat(renderer.tally(all)).isNotSameAs(ofAll);
    }
}
