package org.metaverseatlas.model.analysis;

import org.junit.jupiter.api.Test;
import org.metaverseatlas.model.Catalog;
import org.metaverseatlas.model.FilterCriteria;
import org.metaverseatlas.model.Initiative;
import org.metaverseatlas.model.InitiativeKind;
import org.metaverseatlas.model.Organization;
import org.metaverseatlas.model.Participation;
import org.metaverseatlas.ui.BundledCatalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CollaborationGraphTest {
    /** Every pair of organizations that share an initiative, with how many they share, counted the slow way. */
    private static Map<Set<String>, Integer> sharedInitiatives(List<Initiative> initiatives) {
        Map<Set<String>, Integer> pairs = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        initiatives.forEach(i -> i.participants().forEach(p -> all.add(p.organizationId())));
        List<String> ids = new ArrayList<>(all);
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                String x = ids.get(a);
                String y = ids.get(b);
                int shared = 0;
                for (Initiative i : initiatives) {
                    List<String> orgs = i.participants().stream().map(Participation::organizationId).toList();
                    if (orgs.contains(x) && orgs.contains(y)) {
                        shared++;
                    }
                }
                if (shared > 0) {
                    pairs.put(Set.of(x, y), shared);
                }
            }
        }
        return pairs;
    }

    private static Map<Set<String>, Integer> edgesOf(CollaborationGraph graph) {
        Map<Set<String>, Integer> edges = new HashMap<>();
        for (CollaborationGraph.Edge e : graph.edges()) {
            Set<String> pair = Set.of(graph.nodes().get(e.a()).organizationId(), graph.nodes().get(e.b()).organizationId());
            assertThat(edges.put(pair, e.weight())).as("one edge per pair").isNull();
        }
        return edges;
    }

    @Test
    void hasAnEdgeExactlyWhereTwoOrganizationsShareAnInitiativeWeightedByHowMany() {
        List<Initiative> initiatives = BundledCatalog.get().initiatives();
        CollaborationGraph graph = CollaborationGraph.of(initiatives);
        assertThat(graph.edges()).isNotEmpty();
        assertThat(edgesOf(graph)).isEqualTo(sharedInitiatives(initiatives));
    }

    @Test
    void edgesFollowTheFilter() {
        Catalog catalog = BundledCatalog.get();
        List<Initiative> kept = FilterCriteria.NONE.withKinds(Set.of(InitiativeKind.MEETING)).select(catalog);
        assertThat(edgesOf(CollaborationGraph.of(kept))).isEqualTo(sharedInitiatives(kept));
    }

    @Test
    void nodeSizeIsTheNumberOfInitiativesOfTheOrganization() {
        Catalog catalog = BundledCatalog.get();
        CollaborationGraph graph = CollaborationGraph.of(catalog.initiatives());
        for (CollaborationGraph.Node n : graph.nodes()) {
            assertThat(n.initiatives()).as(n.name()).isEqualTo(catalog.initiativesOf(n.organizationId()).size());
        }
    }

    @Test
    void theSameInitiativesInAnotherOrderGiveTheSameGraph() {
        List<Initiative> shuffled = new ArrayList<>(BundledCatalog.get().initiatives());
        Collections.shuffle(shuffled, new java.util.Random(3));
        CollaborationGraph a = CollaborationGraph.of(BundledCatalog.get().initiatives());
        CollaborationGraph b = CollaborationGraph.of(shuffled);
        assertThat(b.nodes()).isEqualTo(a.nodes());
        assertThat(b.edges()).isEqualTo(a.edges());
    }

    @Test
    void neighbourhoodHoldsTheOrganizationAndThoseItWorkedWith() {
        Catalog catalog = BundledCatalog.get();
        CollaborationGraph graph = CollaborationGraph.of(catalog.initiatives());
        CollaborationGraph.Node busiest = graph.nodes().stream()
                .max(java.util.Comparator.comparingInt(CollaborationGraph.Node::initiatives)).orElseThrow();
        Set<String> partners = new LinkedHashSet<>();
        for (Initiative i : catalog.initiativesOf(busiest.organizationId())) {
            i.participants().forEach(p -> partners.add(p.organizationId()));
        }
        CollaborationGraph around = graph.neighbourhood(busiest.organizationId());
        assertThat(around.nodes()).extracting(CollaborationGraph.Node::organizationId)
                .containsExactlyInAnyOrderElementsOf(partners);
        assertThat(graph.neighbourhood("no-such-organization").nodes()).isEmpty();
    }

    @Test
    void anInitiativeNamingAnOrganizationTwiceCountsOnce() {
        Organization org = BundledCatalog.get().organizations().get(0);
        Initiative i = BundledCatalog.get().initiatives().get(0);
        Participation p = new Participation(org.id(), org.name(), null, org.type(), null);
        Initiative twice = new Initiative(i.id(), i.title(), null, i.kind(), i.date(), i.place(), List.of(p, p),
                List.of(), null, List.of(), false, false, i.origin(), null);
        CollaborationGraph graph = CollaborationGraph.of(List.of(twice));
        assertThat(graph.nodes()).singleElement().extracting(CollaborationGraph.Node::initiatives).isEqualTo(1);
        assertThat(graph.edges()).isEmpty();
    }
}
