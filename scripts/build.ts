// `npm run build`: the Next app and the server entry that fronts it.
import { buildAll } from "./lib/build";

await buildAll();
