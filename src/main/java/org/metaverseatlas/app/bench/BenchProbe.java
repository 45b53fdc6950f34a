package org.metaverseatlas.app.bench;

import java.util.List;

/** One part of {@code bench}: drives the real controls of a window holding a synthetic dataset, returns its figures. */
public interface BenchProbe {
    List<Metric> run(BenchContext context) throws Exception;
}
