package corridor.model.record;

/** The corridors of CPEC 2.0 named by China's Vice Premier He Lifeng on 31 July 2023. */
public enum Pillar {
    GROWTH,
    LIVELIHOOD,
    INNOVATION,
    GREEN,
    OPEN
}
