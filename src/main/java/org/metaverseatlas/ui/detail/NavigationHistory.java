package org.metaverseatlas.ui.detail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Back and forward like a browser: visiting a page drops the forward pages; visiting the page already shown adds
 * nothing. Two entries are the same page when their keys are equal, so an entry may carry more than its page.
 */
public final class NavigationHistory<T> {
    private static final int LIMIT = 200;
    private final Function<T, ?> key;
    private final Deque<T> backward = new ArrayDeque<>();
    private final Deque<T> forward = new ArrayDeque<>();
    private T current;

    public NavigationHistory(Function<T, ?> key) {
        this.key = key;
    }

    /** Makes {@code entry} the current page; returns false when that page was already shown. */
    public boolean visit(T entry) {
        Objects.requireNonNull(entry, "entry");
        if (current != null && Objects.equals(key.apply(current), key.apply(entry))) {
            return false;
        }
        if (current != null) {
            backward.push(current);
            if (backward.size() > LIMIT) {
                backward.removeLast();
            }
        }
        current = entry;
        forward.clear();
        return true;
    }

    public Optional<T> back() {
        if (backward.isEmpty()) {
            return Optional.empty();
        }
        forward.push(current);
        current = backward.pop();
        return Optional.of(current);
    }

    public Optional<T> forward() {
        if (forward.isEmpty()) {
            return Optional.empty();
        }
        backward.push(current);
        current = forward.pop();
        return Optional.of(current);
    }

    public Optional<T> current() {
        return Optional.ofNullable(current);
    }

    public boolean canGoBack() {
        return !backward.isEmpty();
    }

    public boolean canGoForward() {
        return !forward.isEmpty();
    }
}
