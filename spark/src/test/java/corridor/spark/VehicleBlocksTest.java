package corridor.spark;

import corridor.monitor.ingest.Ping;
import corridor.monitor.ingest.RejectReason;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pings packed into blocks by input partition and unpacked per vehicle come out as the engine
 * must read them: every ping of the vehicle, exactly (coordinates to the bit, absent speed and
 * heading absent), ordered by time and then by input order, however the input interleaves
 * vehicles, orders times (late pings, equal times) and is cut into partitions; rejections
 * arrive as their counts.
 */
class VehicleBlocksTest {

    @Property(tries = 60)
    void blocksOfAnyPartitioningUnpackToEachVehiclesPingsByTimeAndRow(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 6) int vehicles,
            @ForAll @IntRange(min = 1, max = 12_000) int records,
            @ForAll @IntRange(min = 1, max = 5) int partitions) throws Exception {
        Random random = new Random(seed);
        List<PingRecord> input = new ArrayList<>();
        long[] rejected = new long[RejectReason.values().length];
        for (int row = 0; row < records; row++) {
            String vehicle = "v" + random.nextInt(vehicles);
            if (random.nextInt(50) == 0) {
                RejectReason reason = RejectReason.values()[random.nextInt(rejected.length)];
                rejected[reason.ordinal()]++;
                input.add(PingRecord.rejected(vehicle, row, reason, "bad"));
                continue;
            }
            // mostly increasing times, some equal, some late by up to an hour
            long epoch = 1_740_000_000L + row * 30L / vehicles - (random.nextInt(10) == 0 ? random.nextInt(3600) : 0);
            // as a GPS feed writes them (six decimals, speed with one) or any double (written as its bits)
            boolean decimals = random.nextInt(3) > 0;
            double speed = random.nextBoolean() ? Double.NaN : decimals ? Math.round(random.nextDouble() * 1000) / 10.0
                    : random.nextDouble() * 100;
            double heading = switch (random.nextInt(4)) {
                case 0 -> -0.0;
                case 1 -> random.nextInt(360_000) / 1e3;
                default -> Double.NaN;
            };
            double lat = 30 + random.nextGaussian();
            double lon = 70 + random.nextGaussian();
            if (decimals) {
                lat = Math.round(lat * 1e6) / 1e6;
                lon = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6f", lon));
            }
            input.add(PingRecord.accepted(new Ping(vehicle, epoch, lat, lon, speed, heading, row)));
        }

        Map<String, List<byte[]>> blocks = new LinkedHashMap<>();
        long[] counted = new long[rejected.length];
        int perPartition = (records + partitions - 1) / partitions;
        List<Tuple2<String, byte[]>> all = new ArrayList<>();
        for (int from = 0; from < records; from += perPartition) {
            Iterator<Tuple2<String, byte[]>> packed = VehicleBlocks.of()
                    .call(input.subList(from, Math.min(records, from + perPartition)).iterator());
            packed.forEachRemaining(all::add);
        }
        java.util.Collections.shuffle(all, random); // the shuffle keeps no order among a vehicle's blocks
        for (Tuple2<String, byte[]> block : all) {
            if (block._1().equals(VehicleBlocks.REJECTIONS)) {
                long[] n = VehicleBlocks.rejections(block._2());
                for (int i = 0; i < n.length; i++) {
                    counted[i] += n[i];
                }
            } else {
                blocks.computeIfAbsent(block._1(), k -> new ArrayList<>()).add(block._2());
            }
        }

        assertThat(counted).containsExactly(rejected);
        for (Map.Entry<String, List<byte[]>> e : blocks.entrySet()) {
            List<Ping> expected = input.stream().filter(r -> r.isAccepted() && r.vehicleId().equals(e.getKey()))
                    .map(PingRecord::ping)
                    .sorted(Comparator.comparingLong(Ping::epochSecond).thenComparingLong(Ping::line)).toList();
            List<Ping> actual = new ArrayList<>();
            VehicleBlocks.pings(e.getKey(), e.getValue()).forEachRemaining(actual::add);
            assertThat(actual).hasSize(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Ping a = actual.get(i);
                Ping x = expected.get(i);
                assertThat(a.line()).isEqualTo(x.line());
                assertThat(a.epochSecond()).isEqualTo(x.epochSecond());
                assertThat(Double.doubleToRawLongBits(a.latitude())).isEqualTo(Double.doubleToRawLongBits(x.latitude()));
                assertThat(Double.doubleToRawLongBits(a.longitude())).isEqualTo(Double.doubleToRawLongBits(x.longitude()));
                assertThat(Double.doubleToRawLongBits(a.speedKmh())).isEqualTo(Double.doubleToRawLongBits(x.speedKmh()));
                assertThat(Double.doubleToRawLongBits(a.headingDeg())).isEqualTo(Double.doubleToRawLongBits(x.headingDeg()));
                assertThat(a.vehicleId()).isEqualTo(x.vehicleId());
            }
        }
        assertThat(blocks.keySet()).containsExactlyInAnyOrderElementsOf(input.stream().filter(PingRecord::isAccepted)
                .map(PingRecord::vehicleId).distinct().toList());
    }

    @Test
    void pingsOfEqualTimeAndRowComeInTheOrderOfTheirBlocks() throws Exception {
        // a ping carried from the previous batch may have the time and row of one of this batch
        List<byte[]> blocks = new ArrayList<>();
        for (double lat : new double[]{31.0, 32.0, 33.0}) {
            VehicleBlocks.of().call(List.of(
                    PingRecord.accepted(new Ping("v", 100, lat, 70.0, Double.NaN, Double.NaN, 7)),
                    PingRecord.accepted(new Ping("v", 200, lat, 71.0, Double.NaN, Double.NaN, 8))).iterator())
                    .forEachRemaining(block -> blocks.add(block._2()));
        }
        List<Ping> merged = new ArrayList<>();
        VehicleBlocks.pings("v", List.of(blocks.get(2), blocks.get(0), blocks.get(1))).forEachRemaining(merged::add);
        assertThat(merged).extracting(Ping::epochSecond).containsExactly(100L, 100L, 100L, 200L, 200L, 200L);
        assertThat(merged).extracting(Ping::latitude).containsExactly(33.0, 31.0, 32.0, 33.0, 31.0, 32.0);
    }

    @Test
    void noBlocksGiveNoPings() {
        assertThat(VehicleBlocks.pings("v", List.of()).hasNext()).isFalse();
    }

    @Test
    void aValueIsADecimalOnlyWhenItsDecimalGivesBackTheSameDouble() {
        assertThat(VehicleBlocks.decimal(Double.parseDouble("25.394969"), 1e6)).isEqualTo(25_394_969L);
        assertThat(VehicleBlocks.decimal(Double.parseDouble("-68.370101"), 1e6)).isEqualTo(-68_370_101L);
        assertThat(VehicleBlocks.decimal(0.0, 1e6)).isZero();
        assertThat(VehicleBlocks.decimal(57.3, 1e3)).isEqualTo(57_300L);
        // not decimals of six places, or not numbers: written as their bits
        assertThat(VehicleBlocks.decimal(0.1 + 0.2, 1e6)).isEqualTo(Long.MIN_VALUE);
        assertThat(VehicleBlocks.decimal(25.3949691, 1e6)).isEqualTo(Long.MIN_VALUE);
        assertThat(VehicleBlocks.decimal(-0.0, 1e6)).isEqualTo(Long.MIN_VALUE);
        assertThat(VehicleBlocks.decimal(Double.NaN, 1e6)).isEqualTo(Long.MIN_VALUE);
        assertThat(VehicleBlocks.decimal(Double.POSITIVE_INFINITY, 1e6)).isEqualTo(Long.MIN_VALUE);
        assertThat(VehicleBlocks.decimal(1e300, 1e6)).isEqualTo(Long.MIN_VALUE);
    }
}
