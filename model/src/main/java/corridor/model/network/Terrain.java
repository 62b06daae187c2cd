package corridor.model.network;

/** The terrain a road link crosses, where it slows freight; a link whose terrain is not stated has none of note. */
public enum Terrain {
    /** A mountain road: passes, gorges and switchbacks (the Karakoram Highway, China's G314 over the Pamirs). */
    MOUNTAIN
}
