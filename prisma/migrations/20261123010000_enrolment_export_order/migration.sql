-- CreateIndex
CREATE INDEX "Enrolment_organisationId_courseId_id_idx" ON "Enrolment"("organisationId", "courseId", "id");
