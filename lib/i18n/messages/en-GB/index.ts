// One file an area of the interface, so that each area's text is edited apart; namespaces never repeat across files
// (messages.test.ts checks).
import shell from "./shell.json";
import account from "./account.json";
import learner from "./learner.json";
import signin from "./sign-in.json";
import trainer from "./trainer.json";
import admin from "./admin.json";
import documents from "./documents.json";
import content from "./content.json";

export const AREAS = { shell, account, learner, "sign-in": signin, trainer, admin, documents, content };

const messages = { ...shell, ...account, ...learner, ...signin, ...trainer, ...admin, ...documents, ...content };
export default messages;
