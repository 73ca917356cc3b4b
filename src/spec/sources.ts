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
}
