package org.metaverseatlas.model.analysis;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.OrganizationType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Initiatives counted by one dimension (rows) or two (rows × columns). Rows and columns come in the order a reader
 * looks for: years in time order, every other dimension most initiatives first (ties by name). A row's total is
 * the initiatives of that row, whatever their column.
 */
public final class CountTable {
    private final Dimension rowDimension;
    private final Dimension columnDimension;
    private final List<Category> rows;
    private final List<Category> columns;
    private final Map<String, Integer> rowTotals;
    private final Map<String, Integer> columnTotals;
    private final Map<String, Integer> cells;
    private final int initiatives;

    private CountTable(Dimension rowDimension, Dimension columnDimension, List<Category> rows, List<Category> columns,
                       Map<String, Integer> rowTotals, Map<String, Integer> columnTotals, Map<String, Integer> cells,
                       int initiatives) {
        this.rowDimension = rowDimension;
        this.columnDimension = columnDimension;
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.rowTotals = rowTotals;
        this.columnTotals = columnTotals;
        this.cells = cells;
        this.initiatives = initiatives;
    }

    /** Counts by one dimension. */
    public static CountTable of(List<Initiative> initiatives, Dimension rows) {
        return of(initiatives, rows, null);
    }

    /** Counts by two dimensions; a null or equal {@code columns} counts by {@code rows} alone. */
    public static CountTable of(List<Initiative> initiatives, Dimension rows, Dimension columns) {
        Dimension cols = columns == rows ? null : columns;
        Categories rowCats = new Categories(rows);
        Categories colCats = cols == null ? null : new Categories(cols);
        // Counts in arrays indexed by the categories' numbers, as they are met: no boxing per initiative.
        int[] rowCounts = new int[16];
        int[] colCounts = new int[16];
        int[][] cellCounts = new int[16][];
        int[] rowsOf = new int[OrganizationType.values().length + 1];
        int[] colsOf = new int[OrganizationType.values().length + 1];
        for (Initiative i : initiatives) {
            int nr = rowCats.of(i, rowsOf);
            for (int r = 0; r < nr; r++) {
                rowCounts = add(rowCounts, rowsOf[r]);
            }
            if (colCats != null) {
                int nc = colCats.of(i, colsOf);
                for (int c = 0; c < nc; c++) {
                    colCounts = add(colCounts, colsOf[c]);
                    for (int r = 0; r < nr; r++) {
                        if (cellCounts.length <= rowsOf[r]) {
                            cellCounts = java.util.Arrays.copyOf(cellCounts, Math.max(rowsOf[r] + 1, cellCounts.length * 2));
                        }
                        int[] line = cellCounts[rowsOf[r]];
                        cellCounts[rowsOf[r]] = add(line == null ? new int[16] : line, colsOf[c]);
                    }
                }
            }
        }
        Map<String, Integer> rowTotals = totals(rowCats, rowCounts);
        Map<String, Integer> colTotals = colCats == null ? new HashMap<>() : totals(colCats, colCounts);
        Map<String, Integer> cells = new HashMap<>();
        if (colCats != null) {
            for (int r = 0; r < Math.min(cellCounts.length, rowCats.seen.size()); r++) {
                int[] line = cellCounts[r];
                if (line == null) {
                    continue;
                }
                for (int c = 0; c < Math.min(line.length, colCats.seen.size()); c++) {
                    if (line[c] > 0) {
                        cells.put(cellKey(rowCats.seen.get(r).key(), colCats.seen.get(c).key()), line[c]);
                    }
                }
            }
        }
        List<Category> rowList = ordered(rowCats.seen, rowTotals);
        List<Category> colList = colCats == null ? List.of() : ordered(colCats.seen, colTotals);
        return new CountTable(rows, cols, rowList, colList, rowTotals, colTotals, cells, initiatives.size());
    }

    private static int[] add(int[] counts, int index) {
        int[] grown = index < counts.length ? counts : java.util.Arrays.copyOf(counts, Math.max(index + 1, counts.length * 2));
        grown[index]++;
        return grown;
    }

    private static Map<String, Integer> totals(Categories categories, int[] counts) {
        Map<String, Integer> totals = new HashMap<>();
        for (int k = 0; k < categories.seen.size(); k++) {
            totals.put(categories.seen.get(k).key(), k < counts.length ? counts[k] : 0);
        }
        return totals;
    }

    private static String cellKey(String row, String column) {
        return row + '\u0000' + column;
    }

    private static List<Category> ordered(Iterable<Category> seen, Map<String, Integer> totals) {
        List<Category> list = new ArrayList<>();
        seen.forEach(list::add);
        if (!list.isEmpty() && list.get(0).dimension() == Dimension.YEAR) {
            list.sort(Comparator.comparing(c -> (Integer) c.value()));
        } else {
            list.sort(Comparator.comparing((Category c) -> -totals.get(c.key()))
                    .thenComparing(c -> c.filterable() ? 0 : 1)
                    .thenComparing(Category::label));
        }
        return list;
    }

    public Dimension rowDimension() {
        return rowDimension;
    }

    /** The second dimension, or null for a count by one. */
    public Dimension columnDimension() {
        return columnDimension;
    }

    public boolean isTwoWay() {
        return columnDimension != null;
    }

    public List<Category> rows() {
        return rows;
    }

    public List<Category> columns() {
        return columns;
    }

    public int rowTotal(Category row) {
        return rowTotals.getOrDefault(row.key(), 0);
    }

    public int columnTotal(Category column) {
        return columnTotals.getOrDefault(column.key(), 0);
    }

    public int count(Category row, Category column) {
        return cells.getOrDefault(cellKey(row.key(), column.key()), 0);
    }

    /** The initiatives counted. */
    public int initiatives() {
        return initiatives;
    }

    public int maxRowTotal() {
        return rowTotals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    public int maxCell() {
        return cells.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The categories of one dimension met so far, each made once and numbered in the order met. */
    private static final class Categories {
        private final Dimension dimension;
        private final Map<Object, Integer> byRaw = new HashMap<>();
        private final int[] types = new int[OrganizationType.values().length];
        private int typeUnknown = -1;
        private final List<Category> seen = new ArrayList<>();

        Categories(Dimension dimension) {
            this.dimension = dimension;
            java.util.Arrays.fill(types, -1);
        }

        /** Puts the numbers of the initiative's categories into {@code into}; returns how many. */
        int of(Initiative initiative, int[] into) {
            if (dimension == Dimension.TYPE) {
                var set = Dimension.types(initiative);
                if (set.isEmpty()) {
                    if (typeUnknown < 0) {
                        typeUnknown = add(dimension.category((Object) null));
                    }
                    into[0] = typeUnknown;
                    return 1;
                }
                int n = 0;
                for (OrganizationType t : set) {
                    if (types[t.ordinal()] < 0) {
                        types[t.ordinal()] = add(dimension.category(t));
                    }
                    into[n++] = types[t.ordinal()];
                }
                return n;
            }
            Object raw = dimension.rawKey(initiative);
            Integer number = byRaw.get(raw);
            if (number == null) {
                number = add(dimension.category(initiative));
                byRaw.put(raw, number);
            }
            into[0] = number;
            return 1;
        }

        private int add(Category c) {
            seen.add(c);
            return seen.size() - 1;
        }
    }
}
