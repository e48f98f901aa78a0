package dev.claimcheck.check;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * A page's text as a bottom-k sketch of its word 4-grams (the {@value #SIZE} smallest 64-bit
 * hashes), small enough to keep in the state between runs. The similarity of two sketches
 * estimates the Jaccard similarity of the pages' 4-gram sets: 1 for the same text, near 0 for
 * unrelated ones.
 *
 * @param hashes the sketch, ascending
 */
public record Fingerprint(long[] hashes) {
  /** How many hashes a sketch keeps. */
  public static final int SIZE = 64;
  /** Below this similarity a page has drifted from its other copy. */
  public static final double DRIFT_BELOW = 0.75;

  /** The fingerprint of {@code text}, or null for a text with no words. */
  public static Fingerprint of(String text) {
    if (text == null) {
      return null;
    }
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    TreeSet<Long> smallest = new TreeSet<>();
    int n = Math.min(4, words.size());
    for (int i = 0; i + n <= words.size(); i++) {
      String gram = String.join(" ", words.subList(i, i + n));
      long h = Hashing.murmur3_128().hashString(gram, StandardCharsets.UTF_8).asLong();
      if (smallest.size() < SIZE) {
        smallest.add(h);
      } else if (h < smallest.last() && !smallest.contains(h)) {
        smallest.pollLast();
        smallest.add(h);
      }
    }
    return new Fingerprint(smallest.stream().mapToLong(Long::longValue).toArray());
  }

  /** The estimated share of 4-grams the two texts have in common, 0 to 1. */
  public double similarity(Fingerprint other) {
    long[] a = hashes;
    long[] b = other.hashes;
    int k = Math.min(SIZE, Math.max(a.length, b.length));
    // The k smallest hashes of the union, and how many of them both sketches hold.
    int i = 0;
    int j = 0;
    int taken = 0;
    int both = 0;
    while (taken < k && (i < a.length || j < b.length)) {
      if (j >= b.length || i < a.length && a[i] < b[j]) {
        i++;
      } else if (i >= a.length || b[j] < a[i]) {
        j++;
      } else {
        both++;
        i++;
        j++;
      }
      taken++;
    }
    return taken == 0 ? 1 : (double) both / taken;
  }

  /** The sketch as text, for the state file. */
  public String encode() {
    StringBuilder out = new StringBuilder();
    for (long h : hashes) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(Long.toHexString(h));
    }
    return out.toString();
  }

  /** A sketch written by {@link #encode()}, or null. */
  public static Fingerprint decode(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return new Fingerprint(Arrays.stream(text.strip().split(" ")).mapToLong(s -> Long.parseUnsignedLong(s, 16)).sorted().toArray());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint f && Arrays.equals(hashes, f.hashes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(hashes);
  }

  @Override
  public String toString() {
    return "Fingerprint[" + hashes.length + "]";
  }
}
