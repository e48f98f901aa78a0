package dev.claimcheck.model;

import java.io.Serializable;

/**
 * A reference's fields as its source gave them, beside its text: a citation template's
 * parameters (complete: the text was written from them) or a page's COinS (partial: what the
 * COinS leaves out, the text may still say).
 *
 * @param work the fields
 * @param complete whether the source gave every field the reference has
 */
public record GivenFields(Work work, boolean complete) implements Serializable {

  public GivenFields {
    if (work == null) {
      throw new IllegalArgumentException("given fields need a work");
    }
  }
}
