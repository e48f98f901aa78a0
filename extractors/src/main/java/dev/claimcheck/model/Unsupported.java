package dev.claimcheck.model;

import java.io.Serializable;

/**
 * A part of a claim that no checked source states: the words, dates, numbers or names a
 * better source would have to give.
 *
 * @param text the part, as the claim writes it
 * @param start its first character in the claim's text
 * @param end after its last character
 */
public record Unsupported(String text, int start, int end) implements Serializable {}
