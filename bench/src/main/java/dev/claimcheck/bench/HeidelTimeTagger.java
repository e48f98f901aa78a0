package dev.claimcheck.bench;

import dev.claimcheck.dates.eval.AnnotatedDocument;
import dev.claimcheck.dates.eval.Timex;
import dev.claimcheck.dates.eval.TimexScorer;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * HeidelTime (standalone, English, news mode, no part-of-speech tagger) as a tagger under
 * evaluation. Its jars are loaded from a folder at run time, so that claimcheck's build does not
 * depend on it; its TimeML output is aligned back onto the document text.
 */
final class HeidelTimeTagger implements TimexScorer.Tagger {
  private static final Pattern TAG = Pattern.compile("<(/?)TIMEX3([^>]*)>");
  private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

  private final ClassLoader loader;
  private final Object tagger;
  private final Method process;

  /** HeidelTime from the jars in {@code lib}, configured with a written {@code config.props}. */
  HeidelTimeTagger(Path lib, Path work) throws ReflectiveOperationException, IOException {
    List<URL> jars = new ArrayList<>();
    try (Stream<Path> files = Files.list(lib)) {
      for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
        jars.add(jar.toUri().toURL());
      }
    }
    loader = new URLClassLoader(jars.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    Path config = work.resolve("heideltime-config.props");
    Files.createDirectories(work);
    Files.writeString(config, config(), StandardCharsets.UTF_8);
    Class<?> standalone = loader.loadClass("de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone");
    Class<?> language = loader.loadClass("de.unihd.dbs.uima.annotator.heideltime.resources.Language");
    Class<?> type = loader.loadClass("de.unihd.dbs.heideltime.standalone.DocumentType");
    Class<?> output = loader.loadClass("de.unihd.dbs.heideltime.standalone.OutputType");
    Class<?> pos = loader.loadClass("de.unihd.dbs.heideltime.standalone.POSTagger");
    Constructor<?> make = standalone.getConstructor(language, type, output, String.class, pos);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      tagger = make.newInstance(constant(language, "ENGLISH"), constant(type, "NEWS"),
          constant(output, "TIMEML"), config.toString(), constant(pos, "NO"));
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
    process = standalone.getMethod("process", String.class, Date.class);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object constant(Class<?> enumType, String name) {
    return Enum.valueOf((Class<? extends Enum>) enumType.asSubclass(Enum.class), name);
  }

  /** The keys HeidelTime's standalone configuration needs; taggers point nowhere. */
  private static String config() {
    return String.join("\n",
        "considerDate = true", "considerDuration = true", "considerSet = true",
        "considerTime = true", "considerTemponym = false",
        "treeTaggerHome = /nonexistent", "chineseTokenizerPath = /nonexistent",
        "sent_model_path = /nonexistent", "word_model_path = /nonexistent",
        "pos_model_path = /nonexistent", "model_path = /nonexistent", "config_path =",
        "hunpos_path = /nonexistent", "hunpos_model_name = /nonexistent",
        "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
        "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml",
        "uimaVarDate = Date", "uimaVarDuration = Duration", "uimaVarLanguage = Language",
        "uimaVarSet = Set", "uimaVarTime = Time", "uimaVarTemponym = Temponym",
        "uimaVarTypeToProcess = Type", "");
  }

  @Override
  public List<Timex> tag(AnnotatedDocument document) {
    String text = document.text();
    Date dct = Date.from(LocalDate.parse(document.documentDate().substring(0, 10))
        .atStartOfDay(ZoneId.systemDefault()).toInstant());
    String timeml;
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(loader);
    try {
      timeml = (String) process.invoke(tagger, text, dct);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("HeidelTime failed on " + document.id(), e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
    return align(text, timeml);
  }

  /** The TIMEX3 tags of HeidelTime's output, placed on the original text. */
  static List<Timex> align(String text, String timeml) {
    int open = timeml.indexOf("<TimeML>");
    int close = timeml.lastIndexOf("</TimeML>");
    String body = timeml.substring(open + "<TimeML>".length(), close);
    List<Timex> out = new ArrayList<>();
    int t = 0;
    int at = 0;
    int start = -1;
    String type = null;
    String value = null;
    Matcher tag = TAG.matcher(body);
    while (true) {
      int next = tag.find(at) ? tag.start() : body.length();
      for (int i = at; i < next; i++) {
        char c = body.charAt(i);
        while (t < text.length() && text.charAt(t) != c && Character.isWhitespace(text.charAt(t))) {
          t++;
        }
        if (t < text.length() && text.charAt(t) == c) {
          t++;
        } else if (!Character.isWhitespace(c)) {
          throw new IllegalStateException("HeidelTime's text does not align at " + t);
        }
      }
      if (next == body.length()) {
        break;
      }
      if (tag.group(1).isEmpty()) {
        while (t < text.length() && Character.isWhitespace(text.charAt(t))) {
          t++;
        }
        start = t;
        type = attribute(tag.group(2), "type");
        value = attribute(tag.group(2), "value");
      } else if (start >= 0) {
        out.add(new Timex(start, t, type, value));
        start = -1;
      }
      at = tag.end();
    }
    return out;
  }

  private static String attribute(String attributes, String name) {
    Matcher m = ATTRIBUTE.matcher(attributes);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return m.group(2);
      }
    }
    return null;
  }
}
