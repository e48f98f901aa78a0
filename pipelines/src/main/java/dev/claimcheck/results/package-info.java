/**
 * The records the pipeline hands to the writers: judged documents with the checks of their
 * cited URLs ({@link dev.claimcheck.results.CheckedDocument}), checked sources with the
 * documents and claims citing them ({@link dev.claimcheck.results.CitedSource}), and the run's
 * totals ({@link dev.claimcheck.results.RunTotals}) with the parts they are combined from.
 * Computed by Beam transforms in {@code dev.claimcheck.pipelines}; formatted, never computed
 * again, in {@code dev.claimcheck.report}.
 */
package dev.claimcheck.results;
