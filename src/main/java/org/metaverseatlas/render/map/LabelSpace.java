package org.metaverseatlas.render.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes already taken on the map; a new label goes only where it overlaps none. Boxes are filed in square cells
 * of the area, so a claim looks only at the boxes of the cells it touches.
 */
final class LabelSpace {
    private static final double CELL = 64;
    private final Map<Integer, List<double[]>> cells = new HashMap<>();

    /** Takes the box if it is free; says whether it was. */
    boolean claim(double minX, double minY, double maxX, double maxY) {
        int x0 = cell(minX);
        int x1 = cell(maxX);
        int y0 = cell(minY);
        int y1 = cell(maxY);
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) {
                List<double[]> boxes = cells.get(key(x, y));
                if (boxes == null) {
                    continue;
                }
                for (double[] b : boxes) {
                    if (minX < b[2] && maxX > b[0] && minY < b[3] && maxY > b[1]) {
                        return false;
                    }
                }
            }
        }
        take(minX, minY, maxX, maxY);
        return true;
    }

    /** Takes the box whatever lies there. */
    void take(double minX, double minY, double maxX, double maxY) {
        double[] box = {minX, minY, maxX, maxY};
        for (int x = cell(minX); x <= cell(maxX); x++) {
            for (int y = cell(minY); y <= cell(maxY); y++) {
                cells.computeIfAbsent(key(x, y), k -> new ArrayList<>(4)).add(box);
            }
        }
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static int key(int x, int y) {
        return x * 92_821 + y;
    }
}
