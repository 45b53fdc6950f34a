package org.metaverseatlas.model.analysis;

import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.OrganizationType;
import org.metaverseatlas.model.Participation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Participation> first = new HashMap<>();
        for (Initiative i : initiatives) {
            for (String id : distinctOrganizations(i)) {
                counts.computeIfAbsent(id, k -> new int[1])[0]++;
            }
            for (Participation p : i.participants()) {
                first.merge(p.organizationId(), p, (was, now) -> was.organizationType() == null ? now : was);
            }
        }
        List<String> ids = new ArrayList<>(counts.keySet());
        ids.sort(Comparator.naturalOrder());
        Map<String, Integer> index = new HashMap<>();
        List<Node> nodes = new ArrayList<>(ids.size());
        for (String id : ids) {
            Participation p = first.get(id);
            index.put(id, nodes.size());
            nodes.add(new Node(nodes.size(), id, p.organizationName(), p.organizationType(), counts.get(id)[0]));
        }
        Map<Long, int[]> weights = new HashMap<>();
        for (Initiative i : initiatives) {
            List<String> orgs = distinctOrganizations(i);
            for (int x = 0; x < orgs.size(); x++) {
                for (int y = x + 1; y < orgs.size(); y++) {
                    int a = index.get(orgs.get(x));
                    int b = index.get(orgs.get(y));
                    weights.computeIfAbsent(key(Math.min(a, b), Math.max(a, b)), k -> new int[1])[0]++;
                }
            }
        }
        List<Edge> edges = new ArrayList<>(weights.size());
        weights.forEach((k, w) -> edges.add(new Edge((int) (k >>> 32), (int) (long) k, w[0])));
        edges.sort(Comparator.comparingInt(Edge::a).thenComparingInt(Edge::b));
        return new CollaborationGraph(nodes, edges);
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    private static List<String> distinctOrganizations(Initiative initiative) {
        Set<String> ids = new LinkedHashSet<>();
        initiative.participants().forEach(p -> ids.add(p.organizationId()));
        return new ArrayList<>(ids);
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
}
