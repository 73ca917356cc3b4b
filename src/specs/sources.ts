/**
 * What the specs draw on outside their directory, absolute: files named on the
 * command line (--platforms, --secrets) or by environment (VMLAB_PLATFORMS,
 * VMLAB_SECRETS), and the image store of this run's $VMLAB_HOME.
 */
export interface SpecSources {
  platforms?: string;
  secrets?: string;
  /** The image store ($VMLAB_HOME/images): a bare image name stored there is that image. Absent: no stored images are looked up. */
  images?: string;
  /**
   * The placement decided before (node → host; --placement FILE): nodes that
   * vmlab places keep these hosts while they still fit there. Absent: the
   * caller's own record, if any (the hosts in the lab's state.json).
   */
  placement?: Record<string, string>;
}
