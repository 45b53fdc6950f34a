package org.metaverseatlas.render.map;

import java.util.ArrayList;
import java.util.List;

/** The boxes already taken on the map; a new label goes only where it overlaps none. */
final class LabelSpace {
    private final List<double[]> boxes = new ArrayList<>();

    /** Takes the box if it is free; says whether it was. */
    boolean claim(double minX, double minY, double maxX, double maxY) {
        for (double[] b : boxes) {
            if (minX < b[2] && maxX > b[0] && minY < b[3] && maxY > b[1]) {
                return false;
            }
        }
        take(minX, minY, maxX, maxY);
        return true;
    }

    /** Takes the box whatever lies there. */
    void take(double minX, double minY, double maxX, double maxY) {
        boxes.add(new double[]{minX, minY, maxX, maxY});
    }
}
