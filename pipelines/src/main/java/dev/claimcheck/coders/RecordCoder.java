package dev.claimcheck.coders;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * A coder for the model's records, field by field in declaration order: strings as UTF-8 with
 * their length, numbers, booleans, enums by ordinal, times, lists, sets (enum sets in enum
 * order, so equal sets give equal bytes), maps and nested records, each nullable field behind a
 * marker. Compact and several times faster than Java serialization, which writes class
 * descriptors and handles for every object; a record of a kind this does not know is refused
 * when the coder is made, not when data arrives. Thread-safe.
 *
 * @param <T> the record type
 */
public final class RecordCoder<T extends Record> extends CustomCoder<T> {
  private static final long serialVersionUID = 1L;
  /** Field plans by record type, made once per JVM. */
  private static final Map<Class<?>, Plan> PLANS = new ConcurrentHashMap<>();
  private final Class<T> type;

  private RecordCoder(Class<T> type) {
    this.type = type;
    plan(type); // fails now for a record with a field of a kind it cannot write
  }

  /** The coder of a record type. */
  public static <T extends Record> RecordCoder<T> of(Class<T> type) {
    return new RecordCoder<>(type);
  }

  @Override
  public void encode(T value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null " + type.getSimpleName());
    }
    Out data = new Out(out);
    plan(type).write(value, data);
    data.flush();
  }

  @Override
  public T decode(InputStream in) throws IOException {
    return type.cast(plan(type).read(new In(in)));
  }

  /**
   * The stream one value is written to, with the strings already written in it: a string met
   * again (the document id of every span) is written as its number in that table.
   */
  private static final class Out extends DataOutputStream {
    private final Map<String, Integer> strings = new HashMap<>();

    Out(OutputStream out) {
      super(out);
    }

    void writeVarInt(int n) throws IOException {
      int v = n;
      while ((v & ~0x7F) != 0) {
        write((v & 0x7F) | 0x80);
        v >>>= 7;
      }
      write(v);
    }
  }

  /** The stream one value is read from, with the strings already read in it. */
  private static final class In extends DataInputStream {
    private final List<String> strings = new ArrayList<>();

    In(InputStream in) {
      super(in);
    }

    int readVarInt() throws IOException {
      int result = 0;
      for (int shift = 0; shift < 35; shift += 7) {
        int b = readUnsignedByte();
        result |= (b & 0x7F) << shift;
        if ((b & 0x80) == 0) {
          return result;
        }
      }
      throw new CoderException("a number too long");
    }
  }

  @Override
  public void verifyDeterministic() {
    // Field order is fixed, sets of enums are written in enum order; lists and maps in their order.
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecordCoder<?> c && c.type.equals(type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  /** How one value is written and read back. */
  private interface Field {
    void write(Object value, Out out) throws IOException;

    Object read(In in) throws IOException;
  }

  /** A record's fields, its accessors and its canonical constructor. */
  private static final class Plan implements Field {
    private static final MethodType OBJECT_OF_OBJECT = MethodType.methodType(Object.class, Object.class);
    private final MethodHandle[] accessors;
    private final Field[] fields;
    private final MethodHandle constructor;

    Plan(Class<?> record) {
      RecordComponent[] components = record.getRecordComponents();
      accessors = new MethodHandle[components.length];
      fields = new Field[components.length];
      Class<?>[] types = new Class<?>[components.length];
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      try {
        for (int i = 0; i < components.length; i++) {
          // Typed as (Object)Object once, so that each call is an exact invocation.
          accessors[i] = lookup.unreflect(components[i].getAccessor()).asType(OBJECT_OF_OBJECT);
          types[i] = components[i].getType();
        }
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        // One Object[] of the fields in, the record out: spread once here, not on every call.
        constructor = lookup.unreflectConstructor(canonical).asSpreader(Object[].class, components.length)
            .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalArgumentException("cannot code " + record.getName() + ": " + e, e);
      }
      for (int i = 0; i < components.length; i++) {
        Field f = field(components[i].getGenericType(), record.getName() + "." + components[i].getName());
        fields[i] = components[i].getType().isPrimitive() ? f : nullable(f);
      }
    }

    @Override
    public void write(Object value, Out out) throws IOException {
      try {
        for (int i = 0; i < fields.length; i++) {
          fields[i].write((Object) accessors[i].invokeExact(value), out);
        }
      } catch (IOException | RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new CoderException(e);
      }
    }

    @Override
    public Object read(In in) throws IOException {
      Object[] values = new Object[fields.length];
      for (int i = 0; i < fields.length; i++) {
        values[i] = fields[i].read(in);
      }
      try {
        return (Object) constructor.invokeExact(values);
      } catch (RuntimeException | Error e) {
        throw new CoderException("cannot rebuild a record from what was read: " + e, e);
      } catch (Throwable e) {
        throw new CoderException(e);
      }
    }
  }

  /** The plan of a record type, nested records planned with it (the model has no cycles). */
  private static Plan plan(Class<?> record) {
    Plan plan = PLANS.get(record);
    if (plan == null) {
      Plan made = new Plan(record);
      plan = PLANS.putIfAbsent(record, made);
      return plan != null ? plan : made;
    }
    return plan;
  }

  private static Field nullable(Field f) {
    return new Field() {
      @Override
      public void write(Object value, Out out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
          f.write(value, out);
        }
      }

      @Override
      public Object read(In in) throws IOException {
        return in.readBoolean() ? f.read(in) : null;
      }
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Field field(Type type, String where) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      if (raw == List.class) {
        Field element = nullable(field(args[0], where + "[]"));
        return new Field() {
          @Override
          public void write(Object value, Out out) throws IOException {
            List<?> list = (List<?>) value;
            out.writeVarInt(list.size());
            for (Object e : list) {
              element.write(e, out);
            }
          }

          @Override
          public Object read(In in) throws IOException {
            int n = in.readVarInt();
            List<Object> list = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              list.add(element.read(in));
            }
            return list;
          }
        };
      }
      if (raw == Set.class) {
        Field element = field(args[0], where + "{}");
        boolean enums = args[0] instanceof Class<?> c && c.isEnum();
        return new Field() {
          @Override
          public void write(Object value, Out out) throws IOException {
            Set<?> set = (Set<?>) value;
            List<Object> ordered = new ArrayList<>(set);
            if (enums) {
              ordered.sort(Comparator.comparingInt(e -> ((Enum<?>) e).ordinal()));
            }
            out.writeVarInt(ordered.size());
            for (Object e : ordered) {
              element.write(e, out);
            }
          }

          @Override
          public Object read(In in) throws IOException {
            int n = in.readVarInt();
            Set<Object> set = new LinkedHashSet<>();
            for (int i = 0; i < n; i++) {
              set.add(element.read(in));
            }
            return set;
          }
        };
      }
      if (raw == Map.class) {
        Field key = field(args[0], where + "<key>");
        Field val = nullable(field(args[1], where + "<value>"));
        return new Field() {
          @Override
          public void write(Object value, Out out) throws IOException {
            Map<?, ?> map = (Map<?, ?>) value;
            out.writeVarInt(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
              key.write(e.getKey(), out);
              val.write(e.getValue(), out);
            }
          }

          @Override
          public Object read(In in) throws IOException {
            int n = in.readVarInt();
            Map<Object, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
              map.put(key.read(in), val.read(in));
            }
            return map;
          }
        };
      }
      throw new IllegalArgumentException("cannot code " + where + " of type " + type);
    }
    Class<?> c = (Class<?>) type;
    if (c == String.class) {
      return STRING;
    }
    if (c == int.class || c == Integer.class) {
      return new Simple(Out::writeVarInt, In::readVarInt);
    }
    if (c == long.class || c == Long.class) {
      return new Simple(Out::writeLong, In::readLong);
    }
    if (c == boolean.class || c == Boolean.class) {
      return new Simple(Out::writeBoolean, In::readBoolean);
    }
    if (c == double.class || c == Double.class) {
      return new Simple(Out::writeDouble, In::readDouble);
    }
    if (c.isEnum()) {
      Object[] constants = c.getEnumConstants();
      return new Field() {
        @Override
        public void write(Object value, Out out) throws IOException {
          out.writeVarInt(((Enum<?>) value).ordinal());
        }

        @Override
        public Object read(In in) throws IOException {
          int ordinal = in.readVarInt();
          if (ordinal < 0 || ordinal >= constants.length) {
            throw new CoderException("no constant " + ordinal + " of " + c.getName());
          }
          return constants[ordinal];
        }
      };
    }
    if (c == Instant.class) {
      return new Simple((out, v) -> {
        out.writeLong(((Instant) v).getEpochSecond());
        out.writeInt(((Instant) v).getNano());
      }, in -> Instant.ofEpochSecond(in.readLong(), in.readInt()));
    }
    if (c == Duration.class) {
      return new Simple((out, v) -> {
        out.writeLong(((Duration) v).getSeconds());
        out.writeInt(((Duration) v).getNano());
      }, in -> Duration.ofSeconds(in.readLong(), in.readInt()));
    }
    if (c == LocalDate.class) {
      return new Simple((out, v) -> out.writeLong(((LocalDate) v).toEpochDay()),
          in -> LocalDate.ofEpochDay(in.readLong()));
    }
    if (c.isRecord()) {
      return plan(c);
    }
    throw new IllegalArgumentException("cannot code " + where + " of type " + c.getName());
  }

  /** Writes one value. */
  private interface Writer {
    void write(Out out, Object value) throws IOException;
  }

  /** Reads one value. */
  private interface Reader {
    Object read(In in) throws IOException;
  }

  /** A field written by one call and read by another. */
  private static final class Simple implements Field {
    private final Writer writer;
    private final Reader reader;

    @SuppressWarnings("unchecked")
    <V> Simple(ValueWriter<V> writer, Reader reader) {
      this.writer = (out, value) -> writer.write(out, (V) value);
      this.reader = reader;
    }

    @Override
    public void write(Object value, Out out) throws IOException {
      writer.write(out, value);
    }

    @Override
    public Object read(In in) throws IOException {
      return reader.read(in);
    }
  }

  /** Writes a value of a known type. */
  private interface ValueWriter<V> {
    void write(Out out, V value) throws IOException;
  }

  /**
   * A string met before in the value as its number in the table (written as its number + 1), a
   * new one as 0, its UTF-8 length and bytes (no 64 KB limit as writeUTF has).
   */
  private static final Field STRING = new Field() {
    @Override
    public void write(Object value, Out out) throws IOException {
      String s = (String) value;
      Integer known = s.length() <= MAX_SHARED ? out.strings.get(s) : null;
      if (known != null) {
        out.writeVarInt(known + 1);
        return;
      }
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      out.writeVarInt(0);
      out.writeVarInt(bytes.length);
      out.write(bytes);
      if (s.length() <= MAX_SHARED) {
        out.strings.put(s, out.strings.size());
      }
    }

    @Override
    public Object read(In in) throws IOException {
      int ref = in.readVarInt();
      if (ref > 0) {
        if (ref > in.strings.size()) {
          throw new CoderException("a string that was not written before");
        }
        return in.strings.get(ref - 1);
      }
      int n = in.readVarInt();
      if (n < 0) {
        throw new CoderException("a string of negative length");
      }
      byte[] bytes = in.readNBytes(n);
      if (bytes.length != n) {
        throw new CoderException("a string cut short");
      }
      String s = new String(bytes, StandardCharsets.UTF_8);
      if (s.length() <= MAX_SHARED) {
        in.strings.add(s);
      }
      return s;
    }
  };

  /** Longest string the table keeps: ids, labels, names; not texts, which rarely repeat. */
  private static final int MAX_SHARED = 200;

  @Override
  public String toString() {
    return "RecordCoder<" + type.getSimpleName() + ">";
  }
}
