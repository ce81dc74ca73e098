/** A post number as the state budget writes it: two digits ("01", "21"). */
export function postNumber(post: number): string {
  return String(post).padStart(2, '0');
}

/** "kap. 671, post 21": how documents and messages refer to a budget post. */
export function postReference(kap: number, post: number): string {
  return `kap. ${kap}, post ${postNumber(post)}`;
}

/** An assignment's id: the year and a running number of at least two digits ("2023-07"). */
export function assignmentIdOf(year: number, n: number): string {
  return `${year}-${String(n).padStart(2, '0')}`;
}
