package org.metaverseatlas.render.map;

/**
 * Albers conic equal-area projection on a sphere of the Earth's mean radius, in kilometres: x grows east, y north.
 * {@link #CHINA} uses the parallels 25°N and 47°N and the central meridian 105°E, which keep China's shapes and,
 * above all, its areas true (the shading of provinces compares areas fairly).
 */
public final class AlbersProjection {
    /** Mean radius of the Earth, in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    /** China: standard parallels 25°N and 47°N, central meridian 105°E, origin at 36°N (the middle of the country). */
    public static final AlbersProjection CHINA = new AlbersProjection(25, 47, 105, 36);

    private final double centralMeridian;
    private final double n;
    private final double c;
    private final double rho0;

    public AlbersProjection(double parallel1, double parallel2, double centralMeridianDegrees, double originLatitude) {
        double phi1 = Math.toRadians(parallel1);
        double phi2 = Math.toRadians(parallel2);
        this.centralMeridian = centralMeridianDegrees;
        this.n = (Math.sin(phi1) + Math.sin(phi2)) / 2;
        this.c = Math.cos(phi1) * Math.cos(phi1) + 2 * n * Math.sin(phi1);
        this.rho0 = rho(Math.toRadians(originLatitude));
    }

    private double rho(double phi) {
        return EARTH_RADIUS_KM * Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
    }

    /** Projected x (km east of the central meridian at the origin) of a longitude and latitude in degrees. */
    public double x(double longitude, double latitude) {
        return rho(Math.toRadians(latitude)) * Math.sin(theta(longitude));
    }

    /** Projected y (km north of the origin) of a longitude and latitude in degrees. */
    public double y(double longitude, double latitude) {
        return rho0 - rho(Math.toRadians(latitude)) * Math.cos(theta(longitude));
    }

    private double theta(double longitude) {
        double delta = longitude - centralMeridian;
        // Keep the difference in (-180, 180] so that a point just across the antimeridian stays on its side.
        delta = delta - 360 * Math.floor((delta + 180) / 360);
        return n * Math.toRadians(delta);
    }

    /** Longitude, in degrees, of a projected point. */
    public double longitude(double x, double y) {
        double theta = Math.atan2(x, rho0 - y);
        return centralMeridian + Math.toDegrees(theta / n);
    }

    /** Latitude, in degrees, of a projected point. */
    public double latitude(double x, double y) {
        double rho = Math.hypot(x, rho0 - y);
        double sinPhi = (c - (rho * n / EARTH_RADIUS_KM) * (rho * n / EARTH_RADIUS_KM)) / (2 * n);
        return Math.toDegrees(Math.asin(Math.max(-1, Math.min(1, sinPhi))));
    }
}
