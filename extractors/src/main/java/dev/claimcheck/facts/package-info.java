/**
 * Facts that claims state, as {@code (subject, relation, value)}, so that claims of different
 * documents about the same thing can be compared: {@link dev.claimcheck.facts.EventFacts} finds
 * the dated events a claim states, {@link dev.claimcheck.facts.DocumentSubjects} resolves a
 * subject to a key that documents share (and says how), {@link dev.claimcheck.facts.DateValues}
 * tells whether two dates disagree beyond their precision, and
 * {@link dev.claimcheck.facts.Conflicts} finds the values that disagree among the facts of one
 * subject and relation.
 */
package dev.claimcheck.facts;
