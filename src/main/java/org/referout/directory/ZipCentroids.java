package org.referout.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.util.SloppyMath;
import org.springframework.stereotype.Component;

/**
 * Offline geocoding by 5-digit ZIP: the internal point of the 2010 Census ZCTA (see directory/README.md).
 * PO-box-only and post-2010 ZIPs are missing: callers treat that as "distance unknown", never as an error
 * of the row.
 * <p>
 * Coordinates are snapped to Lucene's 32-bit point grid (about 1 cm) and distances use Lucene's haversine, so
 * the distance shown with a result is exactly the one the index filtered and sorted by.
 */
@Component
public class ZipCentroids {

    static final String RESOURCE = "/directory/zcta_centroids.csv";

    /** A point on the earth in decimal degrees. */
    public record Point(double lat, double lon) {

        public static Point snapped(double lat, double lon) {
            return new Point(GeoEncodingUtils.decodeLatitude(GeoEncodingUtils.encodeLatitude(lat)),
                    GeoEncodingUtils.decodeLongitude(GeoEncodingUtils.encodeLongitude(lon)));
        }
    }

    private final Map<String, Point> byZip;
    /** The same points by the ZIP's number: an import looks one up per row, and this needs no hashing. */
    private final Point[] byNumber = new Point[100_000];

    public ZipCentroids() {
        this.byZip = load();
        byZip.forEach((zip, point) -> {
            int number = number(zip);
            if (number >= 0) {
                byNumber[number] = point;
            }
        });
    }

    /** The ZIP as a number, or -1 unless it is exactly five ASCII digits. */
    private static int number(String zip5) {
        if (zip5 == null || zip5.length() != 5) {
            return -1;
        }
        int number = 0;
        for (int i = 0; i < 5; i++) {
            char c = zip5.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            number = number * 10 + (c - '0');
        }
        return number;
    }

    private static Map<String, Point> load() {
        var in = ZipCentroids.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing classpath resource " + RESOURCE);
        }
        Map<String, Point> points = new HashMap<>(50_000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            String line = reader.readLine(); // header zip,lat,lon
            while ((line = reader.readLine()) != null) {
                String[] f = line.split(",");
                if (f.length == 3 && !f[0].isEmpty()) {
                    points.put(f[0], Point.snapped(Double.parseDouble(f[1]), Double.parseDouble(f[2])));
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(points);
    }

    public Optional<Point> find(String zip5) {
        int number = number(zip5);
        return Optional.ofNullable(number < 0 ? null : byNumber[number]);
    }

    public int size() {
        return byZip.size();
    }

    public Iterable<Map.Entry<String, Point>> all() {
        return byZip.entrySet();
    }

    /** Great-circle distance in km (Lucene's haversine on the mean earth radius). */
    public static double distanceKm(Point a, Point b) {
        return SloppyMath.haversinMeters(a.lat(), a.lon(), b.lat(), b.lon()) / 1000.0;
    }
}
