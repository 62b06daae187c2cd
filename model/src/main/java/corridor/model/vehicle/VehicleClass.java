package corridor.model.vehicle;

import java.util.Locale;

/**
 * The classes of vehicle that Pakistan's traffic rules and notifications name: speed limits are
 * posted for cars and light transport vehicles (LTV) and for heavy transport vehicles (HTV), and
 * bans such as the Babusar road's name the heavy ones. Access rules and the speed model
 * ({@link RoadSpeedModel}) are by class.
 */
public enum VehicleClass {
    /** A motor car or jeep. */
    CAR,
    /** A light transport vehicle (LTV): a pickup or small van. */
    LIGHT_TRANSPORT,
    /** A heavy transport vehicle (HTV): a rigid or articulated truck, a tanker. */
    HEAVY_TRANSPORT;

    /** The snake_case name used in files and answers ({@code heavy_transport}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
