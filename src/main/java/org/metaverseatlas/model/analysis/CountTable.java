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
        Map<String, Integer> rowTotals = new HashMap<>();
        Map<String, Integer> colTotals = new HashMap<>();
        Map<String, Integer> cells = new HashMap<>();
        List<Category> rowsOf = new ArrayList<>(4);
        List<Category> colsOf = new ArrayList<>(4);
        for (Initiative i : initiatives) {
            rowCats.of(i, rowsOf);
            for (Category r : rowsOf) {
                rowTotals.merge(r.key(), 1, Integer::sum);
            }
            if (colCats != null) {
                colCats.of(i, colsOf);
                for (Category c : colsOf) {
                    colTotals.merge(c.key(), 1, Integer::sum);
                    for (Category r : rowsOf) {
                        cells.merge(cellKey(r.key(), c.key()), 1, Integer::sum);
                    }
                }
            }
        }
        List<Category> rowList = ordered(rowCats.seen(), rowTotals);
        List<Category> colList = colCats == null ? List.of() : ordered(colCats.seen(), colTotals);
        return new CountTable(rows, cols, rowList, colList, rowTotals, colTotals, cells, initiatives.size());
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

    /** The categories of one dimension met so far, made once per distinct key. */
    private static final class Categories {
        private final Dimension dimension;
        private final Map<Object, Category> byRaw = new HashMap<>();
        private final Map<String, Category> byKey = new java.util.LinkedHashMap<>();
        private final Map<OrganizationType, Category> types = new java.util.EnumMap<>(OrganizationType.class);
        private Category typeUnknown;

        Categories(Dimension dimension) {
            this.dimension = dimension;
        }

        void of(Initiative initiative, List<Category> into) {
            into.clear();
            if (dimension == Dimension.TYPE) {
                var set = Dimension.types(initiative);
                if (set.isEmpty()) {
                    if (typeUnknown == null) {
                        typeUnknown = remember(dimension.category(null));
                    }
                    into.add(typeUnknown);
                }
                for (OrganizationType t : set) {
                    into.add(types.computeIfAbsent(t, k -> remember(dimension.category(k))));
                }
                return;
            }
            Object raw = dimension.rawKey(initiative);
            Category c = byRaw.get(raw);
            if (c == null) {
                c = remember(dimension.category(raw));
                byRaw.put(raw, c);
            }
            into.add(c);
        }

        private Category remember(Category c) {
            return byKey.computeIfAbsent(c.key(), k -> c);
        }

        Iterable<Category> seen() {
            return byKey.values();
        }
    }
}
