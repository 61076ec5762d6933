"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
//# sourceMappingURL=meeting-types.js.map