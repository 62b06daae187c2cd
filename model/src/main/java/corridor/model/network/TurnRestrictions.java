package corridor.model.network;

import java.util.Arrays;
import java.util.List;

/**
 * The turn restrictions of a {@link RoadLayer}, as OpenStreetMap's {@code type=restriction}
 * relations with a via node give them: coming along segment {@link #fromSegment(int)} into junction
 * {@link #viaJunction(int)}, a {@code no_*} restriction forbids going on along
 * {@link #toSegment(int)}, an {@code only_*} restriction forbids going on along anything else.
 * Each applies to some classes of vehicle ({@link #classMask(int)}: bit {@code 1 << ordinal} of
 * {@code corridor.model.vehicle.VehicleClass}, car 1, light transport 2, heavy transport 4), from the
 * relation's {@code except} and {@code restriction:hgv}-style tags.
 *
 * <p>Immutable and thread-safe; the arrays handed to the constructor are owned by it.
 */
public final class TurnRestrictions {

    /** The restriction values read, in the order of {@link #type(int)}. */
    public static final List<String> TYPES = List.of("no_left_turn", "no_right_turn", "no_straight_on", "no_u_turn",
            "only_left_turn", "only_right_turn", "only_straight_on", "only_u_turn");

    /** Every class of vehicle: car, light transport, heavy transport. */
    public static final int ALL_CLASSES = 7;

    /** A layer without turn restrictions. */
    public static final TurnRestrictions NONE = new TurnRestrictions(new int[0], new int[0], new int[0], new byte[0],
            new byte[0], new long[0]);

    private final int[] fromSegment;
    private final int[] viaJunction;
    private final int[] toSegment;
    private final byte[] type;
    private final byte[] classMask;
    private final long[] relationId;

    /**
     * Restrictions from their arrays, one entry per restriction.
     *
     * @throws IllegalArgumentException when the arrays differ in length, or a type or class mask is out of range
     */
    public TurnRestrictions(int[] fromSegment, int[] viaJunction, int[] toSegment, byte[] type, byte[] classMask,
                            long[] relationId) {
        int n = fromSegment.length;
        if (viaJunction.length != n || toSegment.length != n || type.length != n || classMask.length != n
                || relationId.length != n) {
            throw new IllegalArgumentException("turn restriction arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (type[i] < 0 || type[i] >= TYPES.size() || classMask[i] <= 0 || classMask[i] > ALL_CLASSES) {
                throw new IllegalArgumentException("turn restriction " + i + " has an unknown type or class mask");
            }
        }
        this.fromSegment = fromSegment;
        this.viaJunction = viaJunction;
        this.toSegment = toSegment;
        this.type = type;
        this.classMask = classMask;
        this.relationId = relationId;
    }

    public int count() {
        return fromSegment.length;
    }

    /** The segment (index into the layer) the restricted turn comes from. */
    public int fromSegment(int i) {
        return fromSegment[i];
    }

    /** The junction (index into the layer) where the turn is made. */
    public int viaJunction(int i) {
        return viaJunction[i];
    }

    /** The segment the restriction names as {@code to}: forbidden ({@code no_*}) or the only way on ({@code only_*}). */
    public int toSegment(int i) {
        return toSegment[i];
    }

    /** The OSM restriction value, one of {@link #TYPES}. */
    public String type(int i) {
        return TYPES.get(type[i]);
    }

    /** Whether the restriction names the only way on ({@code only_*}) rather than the one forbidden. */
    public boolean isOnly(int i) {
        return type[i] >= 4;
    }

    /** The classes of vehicle it applies to, bit {@code 1 << VehicleClass.ordinal()} each. */
    public int classMask(int i) {
        return classMask[i];
    }

    /** The OSM relation it came from. */
    public long relationId(int i) {
        return relationId[i];
    }

    /** Raw arrays, for writers: from, via, to, type, class mask, relation id. */
    public Object[] arrays() {
        return new Object[] {fromSegment, viaJunction, toSegment, type, classMask, relationId};
    }

    /** Bytes of heap the arrays take (16 per array header). */
    public long arrayBytes() {
        return 3 * (16 + 4L * count()) + 2 * (16L + count()) + 16 + 8L * count();
    }

    /** Throws when an entry names a segment or junction a layer of that size does not have. */
    void check(int junctions, int segments) {
        for (int i = 0; i < count(); i++) {
            if (fromSegment[i] < 0 || fromSegment[i] >= segments || toSegment[i] < 0 || toSegment[i] >= segments
                    || viaJunction[i] < 0 || viaJunction[i] >= junctions) {
                throw new IllegalArgumentException("turn restriction " + i + " (relation " + relationId[i]
                        + ") names a missing segment or junction");
            }
        }
    }

    /** Collects restrictions one by one. Not thread-safe. */
    public static final class Builder {
        private int[] from = new int[16];
        private int[] via = new int[16];
        private int[] to = new int[16];
        private byte[] types = new byte[16];
        private byte[] classes = new byte[16];
        private long[] relations = new long[16];
        private int count;

        /**
         * Adds a restriction.
         *
         * @param type      one of {@link #TYPES}
         * @param classMask the classes it applies to (see {@link TurnRestrictions#classMask(int)})
         * @throws IllegalArgumentException when the type is not one of {@link #TYPES}
         */
        public Builder add(int fromSegment, int viaJunction, int toSegment, String type, int classMask,
                           long relationId) {
            int t = TYPES.indexOf(type);
            if (t < 0) {
                throw new IllegalArgumentException("unknown turn restriction type " + type);
            }
            if (count == from.length) {
                int c = count * 2;
                from = Arrays.copyOf(from, c);
                via = Arrays.copyOf(via, c);
                to = Arrays.copyOf(to, c);
                types = Arrays.copyOf(types, c);
                classes = Arrays.copyOf(classes, c);
                relations = Arrays.copyOf(relations, c);
            }
            from[count] = fromSegment;
            via[count] = viaJunction;
            to[count] = toSegment;
            types[count] = (byte) t;
            classes[count] = (byte) classMask;
            relations[count] = relationId;
            count++;
            return this;
        }

        public int count() {
            return count;
        }

        public TurnRestrictions build() {
            return count == 0 ? NONE : new TurnRestrictions(Arrays.copyOf(from, count), Arrays.copyOf(via, count),
                    Arrays.copyOf(to, count), Arrays.copyOf(types, count), Arrays.copyOf(classes, count),
                    Arrays.copyOf(relations, count));
        }
    }
}
