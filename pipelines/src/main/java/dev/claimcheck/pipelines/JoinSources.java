package dev.claimcheck.pipelines;

import dev.claimcheck.check.SourceResult;
import dev.claimcheck.model.Analysis;
import dev.claimcheck.model.Claim;
import dev.claimcheck.model.Reference;
import dev.claimcheck.results.CheckedDocument;
import dev.claimcheck.results.CitedSource;
import dev.claimcheck.results.ReferenceCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Joins the judged documents with the checked sources, both ways: each document with the check
 * of every reference whose URL was checked ({@link #DOCUMENTS}, looked up in the map of checked
 * sources the judging step reads), and each checked source with the documents and claims citing
 * it ({@link #SOURCES}, a {@link CoGroupByKey} on the URL of the documents' citations and the
 * checked sources). A URL is matched as the reference gives it, blanks at its ends removed.
 */
public final class JoinSources extends PTransform<PCollectionTuple, PCollectionTuple> {
  /** Judged documents (input). */
  public static final TupleTag<Analysis> JUDGED = new TupleTag<>() {};
  /** Checked sources (input). */
  public static final TupleTag<SourceResult> CHECKED = new TupleTag<>() {};
  /** Judged documents with their references' checks (output). */
  public static final TupleTag<CheckedDocument> DOCUMENTS = new TupleTag<>() {};
  /** Checked sources with who cites them (output). */
  public static final TupleTag<CitedSource> SOURCES = new TupleTag<>() {};

  /**
   * The claims of one document citing one URL.
   *
   * @param document the document's id
   * @param claims the ids of its claims citing a reference with the URL (possibly none)
   */
  public record Citing(String document, List<String> claims) implements java.io.Serializable {
    public Citing {
      claims = List.copyOf(claims);
    }
  }

  private final PCollectionView<Map<String, SourceResult>> sourcesByUrl;

  /** Joining with {@code sourcesByUrl}, the checked sources of the {@link #CHECKED} input by URL. */
  public JoinSources(PCollectionView<Map<String, SourceResult>> sourcesByUrl) {
    this.sourcesByUrl = sourcesByUrl;
  }

  @Override
  public PCollectionTuple expand(PCollectionTuple input) {
    PCollection<Analysis> judged = input.get(JUDGED);
    PCollection<CheckedDocument> documents = judged
        .apply("AttachChecks", ParDo.of(new AttachChecksFn(sourcesByUrl)).withSideInputs(sourcesByUrl))
        .setCoder(ModelCoders.coder(CheckedDocument.class));

    TupleTag<Citing> citingTag = new TupleTag<>() {};
    TupleTag<SourceResult> sourceTag = new TupleTag<>() {};
    PCollection<KV<String, Citing>> citings = judged
        .apply("Citations", ParDo.of(new CitationsFn()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(Citing.class)));
    PCollection<KV<String, SourceResult>> checked = input.get(CHECKED)
        .apply("KeyByUrl", WithKeys.of(SourceResult::url).withKeyType(TypeDescriptors.strings()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), ModelCoders.coder(SourceResult.class)));
    PCollection<CitedSource> sources = KeyedPCollectionTuple.of(sourceTag, checked).and(citingTag, citings)
        .apply("ByUrl", CoGroupByKey.create())
        .apply("CitedSources", ParDo.of(new DoFn<KV<String, CoGbkResult>, CitedSource>() {
          @ProcessElement
          public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<CitedSource> out) {
            Set<String> documents = new TreeSet<>();
            Set<String> claims = new TreeSet<>();
            for (Citing c : joined.getValue().getAll(citingTag)) {
              documents.add(c.document());
              claims.addAll(c.claims());
            }
            for (SourceResult source : joined.getValue().getAll(sourceTag)) {
              out.output(new CitedSource(source, new ArrayList<>(documents), new ArrayList<>(claims)));
            }
          }
        }))
        .setCoder(ModelCoders.coder(CitedSource.class));
    return PCollectionTuple.of(DOCUMENTS, documents).and(SOURCES, sources);
  }

  /** The URL a reference cites, blanks at its ends removed, or null: as it is checked and joined. */
  static String url(Reference r) {
    String url = r.work().url();
    return url == null ? null : url.strip();
  }

  /** Gives each reference whose URL was checked its check. */
  static final class AttachChecksFn extends DoFn<Analysis, CheckedDocument> {
    private final PCollectionView<Map<String, SourceResult>> sources;

    AttachChecksFn(PCollectionView<Map<String, SourceResult>> sources) {
      this.sources = sources;
    }

    @ProcessElement
    public void process(ProcessContext c) {
      Map<String, SourceResult> byUrl = c.sideInput(sources);
      Map<String, ReferenceCheck> checks = new HashMap<>();
      for (Reference r : c.element().references()) {
        String url = url(r);
        SourceResult source = url == null ? null : byUrl.get(url);
        if (source != null) {
          checks.put(r.id(), ReferenceCheck.of(source));
        }
      }
      c.output(new CheckedDocument(c.element(), checks));
    }
  }

  /** Each URL a document cites, with the document and the claims citing it. */
  static final class CitationsFn extends DoFn<Analysis, KV<String, Citing>> {
    @ProcessElement
    public void process(@Element Analysis analysis, OutputReceiver<KV<String, Citing>> out) {
      Map<String, String> urlOf = new HashMap<>();
      Map<String, List<String>> claimsOf = new TreeMap<>();
      for (Reference r : analysis.references()) {
        String url = url(r);
        if (url != null && !url.isEmpty()) {
          urlOf.put(r.id(), url);
          claimsOf.computeIfAbsent(url, k -> new ArrayList<>());
        }
      }
      for (Claim claim : analysis.claims()) {
        for (String id : claim.citations()) {
          String url = urlOf.get(id);
          if (url != null) {
            claimsOf.get(url).add(claim.id());
          }
        }
      }
      String document = analysis.document().id();
      claimsOf.forEach((url, claims) -> out.output(KV.of(url, new Citing(document, claims))));
    }
  }
}
