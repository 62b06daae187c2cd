package corridor.data.validate;

import corridor.data.load.Problem;

/**
 * A problem a cross-file rule found, and the record it is about, so that the reader can leave the
 * record out when the problem is an error.
 */
record Finding(Problem problem, Object record) {
}
