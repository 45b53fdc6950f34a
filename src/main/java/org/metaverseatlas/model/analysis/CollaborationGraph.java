package org.metaverseatlas.model.analysis;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who works with whom among some initiatives: one node per organization taking part in any of them (its size, how
 * many of them it takes part in), one edge between two organizations for each initiative they share (its weight,
 * how many). Nodes are in a fixed order (by id), edges too (by their ends), so the same initiatives always give the
 * same graph whatever order they come in.
 */
public final class CollaborationGraph {
    /** An organization in the graph; {@code index} is its position in {@link #nodes()}. */
    public record Node(int index, String organizationId, String name, OrganizationType type, int initiatives) {
    }

    /** Two organizations ({@code a < b}, indices into {@link #nodes()}) and the initiatives they share. */
    public record Edge(int a, int b, int weight) {
    }

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Map<String, Node> byId = new HashMap<>();

    private CollaborationGraph(List<Node> nodes, List<Edge> edges) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.nodes.forEach(n -> byId.put(n.organizationId(), n));
    }

    public static CollaborationGraph of(List<Initiative> initiatives) {
        // One pass: organizations numbered as met, each initiative's distinct numbers kept as an int array.
        Map<String, Integer> seen = new HashMap<>();
        List<Participation> firsts = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        int[][] members = new int[initiatives.size()][];
        int[] scratch = new int[8];
        for (int k = 0; k < members.length; k++) {
            List<Participation> participants = initiatives.get(k).participants();
            if (scratch.length < participants.size()) {
                scratch = new int[participants.size()];
            }
            int size = 0;
            for (Participation p : participants) {
                Integer at = seen.get(p.organizationId());
                if (at == null) {
                    at = firsts.size();
                    seen.put(p.organizationId(), at);
                    firsts.add(p);
                    counts.add(new int[1]);
                } else if (firsts.get(at).organizationType() == null && p.organizationType() != null) {
                    firsts.set(at, p);
                }
                boolean repeated = false;
                for (int x = 0; x < size; x++) {
                    repeated |= scratch[x] == at;
                }
                if (!repeated) {
                    scratch[size++] = at;
                    counts.get(at)[0]++;
                }
            }
            members[k] = java.util.Arrays.copyOf(scratch, size);
        }
        // Renumbered by id, so that the graph does not depend on the order of the initiatives.
        Integer[] byId = new Integer[firsts.size()];
        for (int i = 0; i < byId.length; i++) {
            byId[i] = i;
        }
        java.util.Arrays.sort(byId, Comparator.comparing(i -> firsts.get(i).organizationId()));
        int[] rank = new int[byId.length];
        List<Node> nodes = new ArrayList<>(byId.length);
        for (int r = 0; r < byId.length; r++) {
            Participation p = firsts.get(byId[r]);
            rank[byId[r]] = r;
            nodes.add(new Node(r, p.organizationId(), p.organizationName(), p.organizationType(), counts.get(byId[r])[0]));
        }
        PairCounts pairs = new PairCounts();
        for (int[] m : members) {
            for (int x = 0; x < m.length; x++) {
                for (int y = x + 1; y < m.length; y++) {
                    int a = rank[m[x]];
                    int b = rank[m[y]];
                    pairs.increment(Math.min(a, b), Math.max(a, b));
                }
            }
        }
        return new CollaborationGraph(nodes, pairs.edges());
    }

    public List<Node> nodes() {
        return nodes;
    }

    public List<Edge> edges() {
        return edges;
    }

    public java.util.Optional<Node> node(String organizationId) {
        return java.util.Optional.ofNullable(byId.get(organizationId));
    }

    /**
     * The organization and those it shares an initiative with, and the edges among them; empty where the
     * organization is not in the graph.
     */
    public CollaborationGraph neighbourhood(String organizationId) {
        Node centre = byId.get(organizationId);
        if (centre == null) {
            return new CollaborationGraph(List.of(), List.of());
        }
        Set<Integer> kept = new java.util.TreeSet<>();
        kept.add(centre.index());
        for (Edge e : edges) {
            if (e.a() == centre.index()) {
                kept.add(e.b());
            } else if (e.b() == centre.index()) {
                kept.add(e.a());
            }
        }
        Map<Integer, Integer> renumber = new HashMap<>();
        List<Node> sub = new ArrayList<>();
        for (int old : kept) {
            Node n = nodes.get(old);
            renumber.put(old, sub.size());
            sub.add(new Node(sub.size(), n.organizationId(), n.name(), n.type(), n.initiatives()));
        }
        List<Edge> subEdges = new ArrayList<>();
        for (Edge e : edges) {
            Integer a = renumber.get(e.a());
            Integer b = renumber.get(e.b());
            if (a != null && b != null) {
                subEdges.add(new Edge(a, b, e.weight()));
            }
        }
        return new CollaborationGraph(sub, subEdges);
    }

    /** The largest edge weight, at least 1. */
    public int maxWeight() {
        int max = 1;
        for (Edge e : edges) {
            max = Math.max(max, e.weight());
        }
        return max;
    }

    /** The largest node size, at least 1. */
    public int maxInitiatives() {
        int max = 1;
        for (Node n : nodes) {
            max = Math.max(max, n.initiatives());
        }
        return max;
    }

    /** Counts per pair of node numbers, in an open-addressing table of longs: no boxing for 100,000s of pairs. */
    private static final class PairCounts {
        private long[] keys = new long[1024];
        private int[] values = new int[1024];
        private int size;

        void increment(int a, int b) {
            long key = ((long) a << 32) | b;
            if (size * 2 >= keys.length) {
                grow();
            }
            int slot = slot(key, keys.length);
            while (values[slot] != 0 && keys[slot] != key) {
                slot = (slot + 1) & (keys.length - 1);
            }
            if (values[slot] == 0) {
                keys[slot] = key;
                size++;
            }
            values[slot]++;
        }

        private static int slot(long key, int capacity) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h >>> 40) & (capacity - 1);
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            for (int i = 0; i < oldKeys.length; i++) {
                if (oldValues[i] != 0) {
                    int slot = slot(oldKeys[i], keys.length);
                    while (values[slot] != 0) {
                        slot = (slot + 1) & (keys.length - 1);
                    }
                    keys[slot] = oldKeys[i];
                    values[slot] = oldValues[i];
                }
            }
        }

        /** The edges, by their first then their second end. */
        List<Edge> edges() {
            long[] packed = new long[size];
            int[] weights = new int[size];
            int n = 0;
            for (int i = 0; i < keys.length; i++) {
                if (values[i] != 0) {
                    packed[n++] = keys[i];
                }
            }
            java.util.Arrays.sort(packed);
            List<Edge> edges = new ArrayList<>(size);
            for (long key : packed) {
                int slot = slot(key, keys.length);
                while (keys[slot] != key || values[slot] == 0) {
                    slot = (slot + 1) & (keys.length - 1);
                }
                edges.add(new Edge((int) (key >>> 32), (int) key, values[slot]));
            }
            return edges;
        }
    }
}
