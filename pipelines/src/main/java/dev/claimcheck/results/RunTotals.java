package dev.claimcheck.results;

import java.io.Serializable;

/**
 * Everything {@code summary.json} and the head of {@code report.html} say of a run but the
 * list of documents: what the writers format.
 *
 * @param claims the documents' and claims' counts
 * @param sources the sources cited
 * @param linkRot what the source checks found
 * @param errors the failures
 * @param conflicts how many conflicts among facts were found
 */
public record RunTotals(ClaimTotals claims, SourceTotals sources, LinkRot linkRot, ErrorTotals errors,
    long conflicts) implements Serializable {}
