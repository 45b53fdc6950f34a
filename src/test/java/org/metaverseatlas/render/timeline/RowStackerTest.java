package org.metaverseatlas.render.timeline;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowStackerTest {
    private static RowStacker.Result stack(double[] x0, double[] x1, double[] labels, int maxRows, double right) {
        return RowStacker.stack(x0, x1, labels, new boolean[x0.length], x0.length, maxRows, 0, right, 30);
    }

    @Test
    void overlappingMarksStackInRows() {
        RowStacker.Result r = stack(new double[]{100, 102, 104}, new double[]{110, 112, 114}, new double[3], 8, 1000);
        assertThat(r.rows()).containsExactly(0, 1, 2);
        assertThat(r.rowCount()).isEqualTo(3);
    }

    @Test
    void marksApartShareARowWhenTheirLabelsFit() {
        RowStacker.Result r = stack(new double[]{0, 300}, new double[]{10, 310}, new double[]{200, 200}, 8, 1000);
        assertThat(r.rows()).containsExactly(0, 0);
        assertThat(r.placements()).containsExactly(LabelPlacement.RIGHT, LabelPlacement.RIGHT);
    }

    @Test
    void aMarkThatWouldCoverTheLabelBeforeItGoesToTheNextRow() {
        RowStacker.Result r = stack(new double[]{0, 100}, new double[]{10, 110}, new double[]{200, 200}, 8, 1000);
        assertThat(r.rows()).containsExactly(0, 1);
        assertThat(r.labelRoom()).containsExactly(200, 200);
    }

    @Test
    void withoutAFreeRowTheLabelBeforeIsCutShortOrHidden() {
        RowStacker.Result cut = stack(new double[]{0, 100}, new double[]{10, 110}, new double[]{200, 50}, 1, 1000);
        assertThat(cut.rows()).containsExactly(0, 0);
        assertThat(cut.labelRoom()[0]).isEqualTo(100 - 10 - 2 * RowStacker.GAP);
        RowStacker.Result hidden = stack(new double[]{0, 30}, new double[]{10, 40}, new double[]{200, 50}, 1, 1000);
        assertThat(hidden.rows()).containsExactly(0, 0);
        assertThat(hidden.placements()[0]).isEqualTo(LabelPlacement.NONE);
    }

    @Test
    void noTwoLabelsOrMarksOverlapInARow() {
        double[] x0 = new double[60];
        double[] x1 = new double[60];
        double[] labels = new double[60];
        java.util.Random random = new java.util.Random(3);
        for (int k = 0; k < 60; k++) {
            x0[k] = k * 12 + random.nextInt(10);
            x1[k] = x0[k] + 9;
            labels[k] = 40 + random.nextInt(160);
        }
        java.util.Arrays.sort(x0);
        for (int k = 0; k < 60; k++) {
            x1[k] = x0[k] + 9;
        }
        RowStacker.Result r = stack(x0, x1, labels, 5, 900);
        for (int a = 0; a < 60; a++) {
            for (int b = a + 1; b < 60; b++) {
                if (r.rows()[a] >= 0 && r.rows()[a] == r.rows()[b]) {
                    double endA = x1[a] + (r.placements()[a] == LabelPlacement.RIGHT ? RowStacker.GAP + r.labelRoom()[a] : 0);
                    double startB = x0[b] - (r.placements()[b] == LabelPlacement.LEFT ? RowStacker.GAP + r.labelRoom()[b] : 0);
                    assertThat(endA).as("mark %d and %d in row %d", a, b, r.rows()[a]).isLessThanOrEqualTo(startB);
                }
            }
        }
    }

    @Test
    void labelsAtTheRightEdgeGoToTheLeftOfTheirMark() {
        RowStacker.Result r = stack(new double[]{950}, new double[]{960}, new double[]{200}, 8, 1000);
        assertThat(r.placements()).containsExactly(LabelPlacement.LEFT);
    }

    @Test
    void aBarWideEnoughHoldsItsLabelInside() {
        RowStacker.Result r = RowStacker.stack(new double[]{0}, new double[]{400}, new double[]{100}, new boolean[]{true},
                1, 8, 0, 1000, 30);
        assertThat(r.placements()).containsExactly(LabelPlacement.INSIDE);
    }

    @Test
    void marksBeyondTheLastRowOverflow() {
        RowStacker.Result r = stack(new double[]{0, 1, 2, 3}, new double[]{10, 11, 12, 13}, new double[4], 2, 1000);
        assertThat(r.rows()).containsExactly(0, 1, -1, -1);
        assertThat(r.overflow()).isEqualTo(2);
    }

    @Test
    void withWholeLabelsNoLabelIsCutAndAMarkWithoutAFreeRowOverflows() {
        RowStacker.Result r = RowStacker.stack(new double[]{0, 100}, new double[]{10, 110}, new double[]{200, 50},
                new boolean[2], 2, 1, 0, 1000, 30, true);
        assertThat(r.rows()).containsExactly(0, -1);
        assertThat(r.labelRoom()[0]).isEqualTo(200);
        assertThat(r.overflow()).isEqualTo(1);
    }

    @Test
    void onePerRowGivesEachMarkItsRowAndPutsALabelLeftWhereTheRightEdgeWouldCutIt() {
        RowStacker.Result r = RowStacker.onePerRow(new double[]{0, 0, 900}, new double[]{10, 10, 910},
                new double[]{200, 200, 200}, 3, 0, 1000, 30);
        assertThat(r.rows()).containsExactly(0, 1, 2);
        assertThat(r.placements()).containsExactly(LabelPlacement.RIGHT, LabelPlacement.RIGHT, LabelPlacement.LEFT);
        assertThat(r.labelRoom()).containsExactly(200, 200, 200);
        assertThat(r.overflow()).isZero();
    }
}
