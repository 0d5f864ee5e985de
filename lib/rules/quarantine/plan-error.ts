// A plan that cannot be made as asked; the message tells the person why and
// what to do instead.
export class PlanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PlanError";
  }
}
