/** A file found inside a container (zip member, mail attachment): its name as given, and its bytes. */
export interface ContainerPart {
  name: string;
  bytes: Uint8Array;
}
