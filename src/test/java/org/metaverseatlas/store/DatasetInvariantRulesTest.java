package org.metaverseatlas.store;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The invariants test's own judgement of "the same title", which a wrong rule would make pass everything. */
class DatasetInvariantRulesTest {
    @Test
    void titlesDifferingOnlyInCaseAndPunctuationAreTheSame() {
        assertThat(BundledDatasetInvariantsTest.nearlyTheSame("Wuhan Metaverse Industry Alliance founded",
                "Wuhan metaverse industry alliance, founded")).isTrue();
    }

    @Test
    void titlesOfDifferentBodiesAreNotTheSame() {
        assertThat(BundledDatasetInvariantsTest.nearlyTheSame("Wuhan Metaverse Industry Alliance founded",
                "Wuhan Metaverse Research Institute opens")).isFalse();
    }
}
