package corridor.monitor.match;

import java.util.Arrays;

/** A reusable list of match candidates of one position: at most one per link, the nearest point. */
final class Candidates {

    int size;
    int[] link = new int[8];
    double[] offsetKm = new double[8];
    double[] distanceKm = new double[8];

    void clear() {
        size = 0;
    }

    void offer(int candidateLink, double offset, double distance) {
        for (int i = 0; i < size; i++) {
            if (link[i] == candidateLink) {
                if (distance < distanceKm[i]) {
                    offsetKm[i] = offset;
                    distanceKm[i] = distance;
                }
                return;
            }
        }
        if (size == link.length) {
            link = Arrays.copyOf(link, size * 2);
            offsetKm = Arrays.copyOf(offsetKm, size * 2);
            distanceKm = Arrays.copyOf(distanceKm, size * 2);
        }
        link[size] = candidateLink;
        offsetKm[size] = offset;
        distanceKm[size] = distance;
        size++;
    }

    /** Keeps the {@code max} nearest candidates (in no particular order). */
    void keepNearest(int max) {
        while (size > max) {
            int worst = 0;
            for (int i = 1; i < size; i++) {
                if (distanceKm[i] > distanceKm[worst]) {
                    worst = i;
                }
            }
            size--;
            link[worst] = link[size];
            offsetKm[worst] = offsetKm[size];
            distanceKm[worst] = distanceKm[size];
        }
    }
}
