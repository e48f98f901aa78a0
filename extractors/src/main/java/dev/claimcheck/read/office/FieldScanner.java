package dev.claimcheck.read.office;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects fields while a part is streamed: a field opens, takes instruction text, then result
 * text paragraph by paragraph, and closes; fields nest (a field's result may hold others, as a
 * bibliography holds its entries' fields). Fields are listed in the order they open. The
 * format readers ({@link DocxFields}, {@link OdtFields}) say what opens and closes them. Not
 * thread-safe: one scanner per part.
 */
final class FieldScanner {
  /** Most fields kept from one part; more are left out. */
  static final int MAX_FIELDS = 20_000;
  /** Longest instruction or result kept; longer ones are cut. */
  static final int MAX_CHARS = 1 << 20;

  private static final class Open {
    final String name;
    final StringBuilder instruction = new StringBuilder();
    final List<String> paragraphs = new ArrayList<>();
    final StringBuilder current = new StringBuilder();
    boolean showing;
    int index;

    Open(String name) {
      this.name = name;
    }
  }

  private final Deque<Open> open = new ArrayDeque<>();
  private final List<RawField> fields = new ArrayList<>();
  private int opened;

  /** Opens a field; {@code name} identifies it for {@link #close(String)} (or null). */
  void open(String name, String instruction, boolean showing) {
    if (opened >= MAX_FIELDS) {
      return;
    }
    Open field = new Open(name);
    field.instruction.append(instruction == null ? "" : instruction);
    field.showing = showing;
    field.index = opened++;
    open.push(field);
  }

  /** The innermost open field now shows its result. */
  void separate() {
    if (!open.isEmpty()) {
      open.peek().showing = true;
    }
  }

  /** Instruction text for the innermost open field. */
  void instruction(String text) {
    if (!open.isEmpty() && !open.peek().showing) {
      append(open.peek().instruction, text);
    }
  }

  /** Shown text: it belongs to every open field's result. */
  void text(String text) {
    for (Open field : open) {
      if (field.showing) {
        append(field.current, text);
      }
    }
  }

  /** A paragraph ends. */
  void paragraph() {
    for (Open field : open) {
      if (field.showing && !field.current.toString().isBlank()) {
        field.paragraphs.add(field.current.toString().replaceAll("\\s+", " ").strip());
        field.current.setLength(0);
      }
    }
  }

  /** Closes the innermost field, or the open one of that name. */
  void close(String name) {
    Open field = null;
    if (name == null) {
      field = open.poll();
    } else {
      for (Open f : open) {
        if (name.equals(f.name)) {
          field = f;
          break;
        }
      }
      open.remove(field);
    }
    if (field == null) {
      return;
    }
    if (!field.current.toString().isBlank()) {
      field.paragraphs.add(field.current.toString().replaceAll("\\s+", " ").strip());
    }
    while (fields.size() <= field.index) {
      fields.add(null);
    }
    fields.set(field.index, new RawField(field.instruction.toString().strip(), field.paragraphs));
  }

  /** The fields, in the order they opened; fields never closed are left out. */
  List<RawField> fields() {
    return fields.stream().filter(f -> f != null).toList();
  }

  private static void append(StringBuilder to, String text) {
    if (to.length() < MAX_CHARS) {
      to.append(text, 0, Math.min(text.length(), MAX_CHARS - to.length()));
    }
  }
}
