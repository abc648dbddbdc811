/** Describes a tag applied to a resource. */
export interface Tag {
  Key: string;
  Value: string;
}
