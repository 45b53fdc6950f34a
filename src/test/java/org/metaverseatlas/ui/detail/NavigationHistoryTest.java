package org.metaverseatlas.ui.detail;

import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationHistoryTest {
    private final NavigationHistory<String> history = new NavigationHistory<>(Function.identity());

    @Test
    void anEmptyHistoryGoesNowhere() {
        assertThat(history.canGoBack()).isFalse();
        assertThat(history.canGoForward()).isFalse();
        assertThat(history.back()).isEmpty();
        assertThat(history.current()).isEmpty();
    }

    @Test
    void backReturnsToThePreviousPageAndForwardComesBack() {
        history.visit("a");
        history.visit("b");
        history.visit("c");

        assertThat(history.back()).contains("b");
        assertThat(history.back()).contains("a");
        assertThat(history.canGoBack()).isFalse();
        assertThat(history.forward()).contains("b");
        assertThat(history.current()).contains("b");
        assertThat(history.canGoForward()).isTrue();
    }

    @Test
    void visitingAPageAfterGoingBackDropsTheForwardPages() {
        history.visit("a");
        history.visit("b");
        history.back();

        history.visit("c");

        assertThat(history.canGoForward()).isFalse();
        assertThat(history.back()).contains("a");
    }

    @Test
    void visitingThePageAlreadyShownAddsNoEntry() {
        history.visit("a");
        assertThat(history.visit("a")).isFalse();

        assertThat(history.canGoBack()).isFalse();
    }

    @Test
    void entriesWithTheSameKeyAreTheSamePage() {
        NavigationHistory<String> byFirstLetter = new NavigationHistory<>(s -> s.charAt(0));
        byFirstLetter.visit("apple");

        assertThat(byFirstLetter.visit("avocado")).isFalse();
        assertThat(byFirstLetter.current()).contains("apple");
    }
}
